package org.opora.core.support.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.function.Executable;
import org.opora.core.api.ConflictException;
import org.opora.core.api.ValidationException;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.testing.FakeSecurityContext;
import org.opora.platform.testing.RecordingAudit;
import org.opora.platform.testing.RecordingAudit.Entry;

/**
 * What every module's service tests share: a security context the test signs people into, an audit journal that
 * keeps what it is given, and the checks of what a user would notice — a rule applied, access refused, a stale copy
 * refused, the journal's entry with its actor. A module's {@code …ServiceTestSupport} extends it and wires its own
 * services (its Guard on {@link #security}, its services on {@link #audit}).
 */
public abstract class ServiceTestSupport {

    protected final FakeSecurityContext security = new FakeSecurityContext();
    protected final RecordingAudit audit = new RecordingAudit(security);

    /** Signs a person in with the permissions and forgets the journal of the set-up. */
    protected void signIn(String username, String... permissions) {
        security.signIn(username, permissions);
        audit.clear();
    }

    /** Nobody signed in (the system), the journal of the set-up forgotten. */
    protected void asSystem() {
        security.signOut();
        audit.clear();
    }

    /** The call is refused with the message key and writes nothing to the journal; returns the refusal. */
    protected ValidationException refused(String key, Executable call) {
        List<Entry> before = audit.entries();
        ValidationException e = assertThrows(ValidationException.class, call);
        assertEquals(key, e.messageKey(), () -> "refused with " + e.messageKey() + " on " + e.field());
        assertEquals(before, audit.entries(), "a refused call writes nothing to the journal");
        return e;
    }

    /** The call is refused for a missing permission and writes nothing to the journal. */
    protected void denied(String permission, Executable call) {
        List<Entry> before = audit.entries();
        AccessDeniedException e = assertThrows(AccessDeniedException.class, call);
        assertEquals(permission, e.permission());
        assertEquals(before, audit.entries(), "a refused call writes nothing to the journal");
    }

    /** The call made from a stale copy is refused as a conflict and writes nothing to the journal. */
    protected void conflict(Executable call) {
        List<Entry> before = audit.entries();
        assertThrows(ConflictException.class, call);
        assertEquals(before, audit.entries(), "a refused call writes nothing to the journal");
    }

    /** The newest journal entry is this one, written by the actor. */
    protected void audited(String actor, AuditAction action, String recordType, Object recordId) {
        Entry last = audit.last();
        assertEquals(List.of(actor, action, recordType, String.valueOf(recordId)),
                List.of(last.actor(), last.action(), last.recordType(), last.recordId()), () -> last.toString());
    }
}
