package org.opora.platform.api.audit;

import org.opora.platform.api.security.AccessDeniedException;

/**
 * The journal could not write the entry of an action that shows a record or changes one ({@link AuditAction#requiresEntry()}):
 * the action is refused, because it would leave no trace. It is an {@link AccessDeniedException}, so that every
 * caller that stops at a refusal stops here too and nothing of the record is returned.
 */
public class AuditUnavailableException extends AccessDeniedException {
    private static final long serialVersionUID = 1L;

    /** What {@link #permission()} names: not a permission a role could be given, the journal itself. */
    public static final String JOURNAL = "platform.audit.journal";

    /** @param cause why the entry could not be written */
    public AuditUnavailableException(Throwable cause) {
        super(JOURNAL);
        initCause(cause);
    }
}
