package org.opora.consilium.impl.internal.support;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opora.consilium.impl.internal.config.ConsiliumLists;
import org.opora.consilium.impl.internal.config.ConsiliumRules;
import org.opora.consilium.impl.internal.config.ListsConfig;
import org.opora.consilium.impl.internal.config.RulesConfig;
import org.opora.consilium.impl.internal.meeting.AgendaServiceImpl;
import org.opora.consilium.impl.internal.meeting.ConsiliumServiceImpl;
import org.opora.consilium.impl.internal.meeting.ContributionServiceImpl;
import org.opora.consilium.impl.internal.meeting.MeetingServiceImpl;
import org.opora.consilium.impl.internal.meeting.ParticipantServiceImpl;
import org.opora.consilium.impl.internal.meeting.ProtocolOutbox;
import org.opora.consilium.impl.internal.meeting.ProtocolServiceImpl;
import org.opora.consilium.impl.internal.referral.ReferralServiceImpl;
import org.opora.core.api.staff.Bodies;
import org.opora.core.support.testing.CoreFakes;
import org.opora.core.support.testing.ServiceTestSupport;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.testing.FakeApprovalRoles;
import org.opora.platform.testing.InMemoryUnit;
import org.opora.platform.testing.TypedConfig;

/**
 * The consilium's services wired as Declarative Services wires them, on the consilium's own unit (opora-consilium,
 * its changelog) in in-memory Derby, with the core's services faked by {@link CoreFakes}, a security context the
 * test signs people into and an audit journal that keeps what it is given. Every test starts with empty tables and
 * nobody signed in (the system); set-up made as the system is forgotten by the journal with {@link #signIn}.
 */
public abstract class ConsiliumServiceTestSupport extends ServiceTestSupport {

    @RegisterExtension
    protected static final InMemoryUnit UNIT = new InMemoryUnit(ConsiliumDatabase.UNIT);

    protected final CoreFakes core = new CoreFakes();

    protected ConsiliumDatabase db;
    protected Guard guard;
    protected ConsiliumRules rules;
    protected ConsiliumLists lists;
    protected Officers officers;
    protected People people;
    protected ReferralServiceImpl referrals;
    protected ConsiliumServiceImpl consilium;
    protected final FakeApprovalRoles approvalRoles = new FakeApprovalRoles();
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
    /** The protocol's outbox, its background task off: tests deliver the waiting rows by hand. */
    protected ProtocolOutbox outbox;

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
        officers = new Officers(rules, core.structureService(), Bodies.builtIn());
        people = new People(guard, officers, core.staffService(), core.pupilService());
        referrals = new ReferralServiceImpl(db, people, rules, lists, core.staffService(), audit);
        consilium = new ConsiliumServiceImpl(db, people, rules, lists, core.structureService(), approvalRoles);
        meetings = new MeetingServiceImpl(db, people, rules, lists, audit, core.structureService());
        agenda = new AgendaServiceImpl(db, people, rules, lists, audit);
        contributions = new ContributionServiceImpl(db, people, rules, lists, audit);
        participants = new ParticipantServiceImpl(db, people, rules, lists, audit);
        outbox = new ProtocolOutbox(db, false);
        protocol = new ProtocolServiceImpl(db, people, rules, lists, audit, core.referenceLists(), outbox);
    }

}
