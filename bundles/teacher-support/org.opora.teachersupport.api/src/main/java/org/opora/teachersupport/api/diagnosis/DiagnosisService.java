package org.opora.teachersupport.api.diagnosis;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The diagnosis of a teacher's difficulties (regulation 004, section 4), recorded by the lead, the participants and
 * the administration while the record is not concluded; read by the record's readers (journaled).
 */
@ProviderType
public interface DiagnosisService {

    /** The record's entries by day. */
    List<DiagnosisEntry> entries(long recordId);

    /** Records an entry; the first work on an opened record puts it in progress. */
    DiagnosisEntry add(long recordId, DiagnosisDraft draft);

    /** Corrects an entry. */
    DiagnosisEntry update(long entryId, long version, DiagnosisDraft draft);
}
