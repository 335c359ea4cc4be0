package org.opora.patronage.api.report;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The director's control over the measures of the patronage (003 section 3.1), for the holders of
 * {@code patronage.read-all}: every open case with what is behind on it.
 */
@ProviderType
public interface ControlService {

    /** The open cases, those that need attention first, then by pupil. */
    List<ControlRow> control();
}
