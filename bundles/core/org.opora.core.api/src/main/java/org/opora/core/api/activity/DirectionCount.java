package org.opora.core.api.activity;

/**
 * How many activities of a period carry a direction of work.
 *
 * @param code  the direction's code; {@link ActivityQuery#UNSPECIFIED} for the activities without one
 * @param label the direction's title as the school configured it (or "not specified")
 * @param count the number of activities
 */
public record DirectionCount(String code, String label, int count) {
}
