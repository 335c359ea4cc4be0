package org.opora.core.api.activity;

import java.util.List;
import java.util.Locale;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The service's work by direction (000 §3), gathered from every installed module's {@link ActivitySource}. What a
 * user is shown is what the modules let them read; a module that fails is left out (and logged), not the whole list.
 * Works without a user interface: reports call it with a period and a direction.
 */
@ProviderType
public interface ServiceWork {

    /** The activities of the query, the newest first. */
    List<Activity> activities(ActivityQuery query, Locale locale);

    /**
     * The number of activities of the query's period per direction: every configured direction in its order (zero
     * included), then those of codes no longer configured, then the activities without a direction when there are
     * any. The query's direction is ignored.
     */
    List<DirectionCount> counts(ActivityQuery query, Locale locale);
}
