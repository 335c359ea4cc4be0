package org.opora.teachersupport.api.conclusion;

/**
 * How the support can be regarded (regulation 004, 5.4, item 1): successful and effective; not quite successful,
 * not effective enough; not effective.
 */
public enum Verdict {
    SUCCESSFUL, PARTLY_SUCCESSFUL, NOT_EFFECTIVE
}
