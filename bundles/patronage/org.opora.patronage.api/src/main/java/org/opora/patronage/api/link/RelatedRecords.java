package org.opora.patronage.api.link;

import java.util.List;
import java.util.Locale;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard service: a module's records about a pupil, for the page of the pupil's patronage case. Called when the
 * page is opened, as the signed-in user; the module shows only what that user may read of its records (and
 * journals the read as it does its own pages). Keep it to one or two queries.
 */
@ConsumerType
public interface RelatedRecords {

    /** The records about the pupil the signed-in user may know of, newest first; empty for none. */
    List<RelatedRecord> forPupil(long pupilId, Locale locale);
}
