package org.opora.core.api.document;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The register of the service's documents. Files are checked (size limit, allowed types, content matching the
 * type) before anything is stored; downloads are audited.
 */
@ProviderType
public interface DocumentRegister {

    List<DocumentRecord> find(DocumentQuery query, int offset, int limit);

    int count(DocumentQuery query);

    DocumentRecord get(long documentId);

    /** @throws org.opora.core.api.ValidationException for a missing title, an unknown type or a refused file */
    DocumentRecord add(DocumentDraft draft, Attachment file);

    DocumentRecord update(long documentId, long version, DocumentDraft draft);

    /** Replaces the attached file; an approved document's file cannot be replaced. */
    DocumentRecord replaceFile(long documentId, long version, Attachment file);

    /** Records the approval: by whom (e.g. "Director E. V. Smirnova") and on which day. */
    DocumentRecord approve(long documentId, long version, String approvedBy, LocalDate on);

    /** The attached file; the read is audited. */
    Attachment file(long documentId);
}
