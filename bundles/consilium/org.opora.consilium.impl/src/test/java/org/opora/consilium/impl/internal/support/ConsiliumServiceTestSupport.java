package org.opora.consilium.impl.internal.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import org.opora.consilium.impl.internal.config.ConsiliumLists;
import org.opora.consilium.impl.internal.config.ConsiliumRules;
import org.opora.consilium.impl.internal.config.ListsConfig;
import org.opora.consilium.impl.internal.config.RulesConfig;
import org.opora.consilium.impl.internal.meeting.AgendaServiceImpl;
import org.opora.consilium.impl.internal.meeting.ConsiliumServiceImpl;
import org.opora.consilium.impl.internal.meeting.ContributionServiceImpl;
import org.opora.consilium.impl.internal.meeting.MeetingServiceImpl;
import org.opora.consilium.impl.internal.meeting.ParticipantServiceImpl;
import org.opora.consilium.impl.internal.meeting.ProtocolServiceImpl;
import org.opora.consilium.impl.internal.referral.ReferralServiceImpl;
import org.opora.core.api.ValidationException;
import org.opora.core.support.testing.CoreFakes;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.testing.FakeSecurityContext;
import org.opora.platform.testing.InMemoryUnit;
import org.opora.platform.testing.RecordingAudit.Entry;
import org.opora.platform.testing.RecordingAudit;
import org.opora.platform.testing.TypedConfig;

/**
 * The consilium's services wired as Declarative Services wires them, on the consilium's own unit (opora-consilium,
 * its changelog) in in-memory Derby, with the core's services faked by {@link CoreFakes}, a security context the
 * test signs people into and an audit journal that keeps what it is given. Every test starts with empty tables and
 * nobody signed in (the system); set-up made as the system is forgotten by the journal with {@link #signIn}.
 */
public abstract class ConsiliumServiceTestSupport {

    @RegisterExtension
    protected static final InMemoryUnit UNIT = new InMemoryUnit(ConsiliumDatabase.UNIT);

    protected final FakeSecurityContext security = new FakeSecurityContext();
    protected final RecordingAudit audit = new RecordingAudit(security);
    protected final CoreFakes core = new CoreFakes();

    protected ConsiliumDatabase db;
    protected Guard guard;
    protected ConsiliumRules rules;
    protected ConsiliumLists lists;
    protected Officers officers;
    protected People people;
    protected ReferralServiceImpl referrals;
    protected ConsiliumServiceImpl consilium;
    protected MeetingServiceImpl meetings;
    protected AgendaServiceImpl agenda;
    protected ContributionServiceImpl contributions;
    protected ParticipantServiceImpl participants;
    protected ProtocolServiceImpl protocol;

    @BeforeEach
    void wireServices() {
        wire(Map.of());
    }

    /** Wires the services again with some rules set, e.g. {@code Map.of("parentsMustBeInvited", false)}. */
    protected void wire(Map<String, ?> ruleValues) {
        db = new ConsiliumDatabase(UNIT.emf());
        guard = new Guard() {
            @Override
            protected SecurityContext securityContext() {
                return security;
            }
        };
        rules = new ConsiliumRules(TypedConfig.of(RulesConfig.class, ruleValues));
        lists = new ConsiliumLists(TypedConfig.defaults(ListsConfig.class));
        officers = new Officers(rules, core.structureService());
        people = new People(guard, officers, core.staffService(), core.pupilService());
        referrals = new ReferralServiceImpl(db, people, rules, lists, core.staffService(), audit);
        consilium = new ConsiliumServiceImpl(db, people, rules, lists, core.structureService());
        meetings = new MeetingServiceImpl(db, people, rules, lists, audit, core.structureService());
        agenda = new AgendaServiceImpl(db, people, rules, lists, audit);
        contributions = new ContributionServiceImpl(db, people, rules, lists, audit);
        participants = new ParticipantServiceImpl(db, people, rules, lists, audit);
        protocol = new ProtocolServiceImpl(db, people, rules, lists, audit, core.referenceLists());
    }

    /** Signs a person in with the permissions and forgets the journal of the set-up. */
    protected void signIn(String username, String... permissions) {
        security.signIn(username, permissions);
        audit.clear();
    }

    /** The call is refused with the message key; returns the refusal. */
    protected static ValidationException refused(String key, Executable call) {
        ValidationException e = assertThrows(ValidationException.class, call);
        assertEquals(key, e.messageKey(), () -> "refused with " + e.messageKey() + " on " + e.field());
        return e;
    }

    /** The call is refused for a missing permission and leaves nothing in the journal. */
    protected void denied(String permission, Executable call) {
        List<Entry> before = audit.entries();
        AccessDeniedException e = assertThrows(AccessDeniedException.class, call);
        assertEquals(permission, e.permission());
        assertEquals(before, audit.entries(), "a refused call writes nothing to the journal");
    }

    /** The newest journal entry is this one, written by the actor. */
    protected void audited(String actor, AuditAction action, String recordType, Object recordId) {
        Entry last = audit.last();
        assertEquals(List.of(actor, action, recordType, String.valueOf(recordId)),
                List.of(last.actor(), last.action(), last.recordType(), last.recordId()), () -> last.toString());
    }
}
