package org.opora.teachersupport.api.help;

import java.util.List;

import org.opora.core.api.document.Attachment;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The forms of help given to the supported teacher and the evidence collected (regulation 004, 3.3 to 3.5 and 5.2),
 * recorded by the lead, the participants and the administration while the record is not concluded; read by the
 * record's readers (journaled).
 */
@ProviderType
public interface HelpService {

    /** The help given, by day. */
    List<HelpEntry> help(long recordId);

    /** Records help given; the first work on an opened record puts it in progress. */
    HelpEntry record(long recordId, HelpDraft draft);

    /** Corrects an entry. */
    HelpEntry update(long helpId, long version, HelpDraft draft);

    /** The evidence, by day. */
    List<Evidence> evidence(long recordId);

    /** Records evidence with its file, if any. */
    Evidence addEvidence(long recordId, EvidenceDraft draft);

    /** The file of a piece of evidence, if the caller may read the record (journaled). */
    Attachment evidenceFile(long evidenceId);
}
