package org.opora.core.api.document;

import java.time.LocalDate;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The register of the service's documents. Files are checked (size limit, allowed types, content matching the
 * type) before anything is stored; downloads are audited.
 * <p>
 * Since 1.2 a document may be about a pupil, and the school marks document types confidential (the results of an
 * examination, 000 §6.1). Such a document is read only by its author, whoever added it and the holders of
 * {@link org.opora.core.api.CorePermissions#DOCUMENT_CONFIDENTIAL}: others do not find it and are refused
 * ({@link org.opora.platform.api.security.AccessDeniedException}, journaled) when they ask for it by id. Each
 * document type has its retention period; archived documents past it are destroyed by an act
 * ({@link #destroy}).
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

    /**
     * Takes back a document its caller has just added, with its file, when the module's own record of it could not
     * be kept afterwards (the module's compensation: a certificate registered whose record then failed leaves no entry
     * behind). Only who added it, within {@value #WITHDRAW_MINUTES} minutes of adding it, while it is neither
     * approved nor archived; needs {@link org.opora.core.api.CorePermissions#DOCUMENT_EDIT}. The removal is journaled
     * as a deletion.
     *
     * @throws org.opora.core.api.ValidationException {@code core.error.document.withdraw} for any other document
     * @since 1.2
     */
    void withdraw(long documentId);

    /** How long after adding a document its caller may still {@linkplain #withdraw withdraw} it, in minutes. */
    int WITHDRAW_MINUTES = 60;

    /** Records the approval: by whom (e.g. "Director E. V. Smirnova") and on which day. */
    DocumentRecord approve(long documentId, long version, String approvedBy, LocalDate on);

    /**
     * The attached file; the read is audited.
     *
     * @throws org.opora.core.api.ValidationException {@code core.error.document.destroyed} when destroyed by an act
     */
    Attachment file(long documentId);

    /**
     * Whether the current user may read the document (views hide what this refuses).
     *
     * @since 1.2
     */
    boolean canRead(DocumentRecord document);

    /**
     * Moves a document to the archive (or back, {@code archived = false}) on today's date; its retention period runs
     * from the end of its academic year whether or not it is archived, but only archived documents are destroyed.
     *
     * @since 1.2
     */
    DocumentRecord archive(long documentId, long version, boolean archived);

    /**
     * The archived, not destroyed documents whose retention period is over today, oldest first; needs
     * {@link org.opora.core.api.CorePermissions#DOCUMENT_DESTROY}.
     *
     * @since 1.2
     */
    List<DocumentRecord> dueForDestruction();

    /**
     * The day a document's retention period ends, or {@code null} when its type is kept permanently.
     *
     * @since 1.2
     */
    LocalDate keptUntil(DocumentRecord document);

    /**
     * Records an act of destruction: the documents' files are deleted, the documents marked destroyed by the act
     * (they stay in the register as the act's lines) and the act journaled, all in one transaction; needs
     * {@link org.opora.core.api.CorePermissions#DOCUMENT_DESTROY}.
     *
     * @throws org.opora.core.api.ValidationException for a missing number, date or commission, a date in the future
     *         or more than 50 years back, a member of the commission longer than 300 characters, no documents, or a
     *         document unknown, not archived, already destroyed or still within its period — every objection at once
     *         (a {@link org.opora.core.api.ValidationErrors} for several), then nothing is destroyed
     * @since 1.2
     */
    DestructionAct destroy(DestructionDraft act);

    /**
     * The acts of destruction, newest first; needs {@link org.opora.core.api.CorePermissions#DOCUMENT_DESTROY}.
     *
     * @since 1.2
     */
    List<DestructionAct> acts();

    /**
     * The documents an act destroyed; needs {@link org.opora.core.api.CorePermissions#DOCUMENT_DESTROY}.
     *
     * @since 1.2
     */
    List<DocumentRecord> destroyedBy(long actId);
}
