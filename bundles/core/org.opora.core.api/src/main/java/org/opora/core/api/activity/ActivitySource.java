package org.opora.core.api.activity;

import java.util.List;
import java.util.Locale;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard service through which a module reports the service's work it holds (its plan rows, interactions,
 * documents …), each activity with its direction of work. Installing the module adds its activities to the list by
 * direction and to the reports; removing it removes them.
 *
 * <p>A source lists only what the calling user may read in the module (the module's own rules of confidentiality
 * apply, docs/security.md); a user who may read nothing there gets an empty list, not an exception. A source keeps
 * it to one or two queries bounded by the period.
 */
@ConsumerType
public interface ActivitySource {

    /** The activities dated within the query's period and of its direction, texts in the given language. */
    List<Activity> activities(ActivityQuery query, Locale locale);
}
