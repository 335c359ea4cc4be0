package org.opora.consilium.impl.internal.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.opora.consilium.api.ConsiliumService;
import org.opora.consilium.api.ConsiliumSettings;
import org.opora.consilium.impl.internal.config.ConsiliumList;
import org.opora.consilium.impl.internal.config.ConsiliumLists;
import org.opora.consilium.impl.internal.config.ConsiliumRules;
import org.opora.consilium.impl.internal.support.ConsiliumDatabase;
import org.opora.consilium.impl.internal.support.People;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.NotFoundException;
import org.opora.core.api.ValidationException;
import org.opora.core.api.staff.BodyMember;
import org.opora.core.api.staff.MemberDraft;
import org.opora.core.api.staff.StructureService;
import org.opora.core.support.Caller;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.Objections;
import org.opora.platform.api.approval.ApprovalRoles;
import org.opora.platform.api.approval.ApprovalStep;
import org.opora.platform.api.approval.ChainStep;
import org.opora.platform.api.security.AccessDeniedException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consilium's settings and composition. The composition is the core's functional body named in the settings
 * (000 section 4: the consilium is one of the service's bodies; its members are appointed by the director's order
 * when the school requires one, signed by the approving role of the chain {@code compositionOrderChain}); the core
 * checks who may change it ({@code CompositionAuthority}) and its own rules (one chair at a time).
 */
@Component
public class ConsiliumServiceImpl implements ConsiliumService {

    private static final Logger LOG = LoggerFactory.getLogger(ConsiliumServiceImpl.class);

    private final ConsiliumDatabase db;
    private final People people;
    private final ConsiliumRules rules;
    private final ConsiliumLists lists;
    private final StructureService structure;
    private final ApprovalRoles roles;

    @Activate
    public ConsiliumServiceImpl(@Reference ConsiliumDatabase db, @Reference People people,
            @Reference ConsiliumRules rules, @Reference ConsiliumLists lists, @Reference StructureService structure,
            @Reference ApprovalRoles roles) {
        this.roles = roles;
        this.db = db;
        this.people = people;
        this.rules = rules;
        this.lists = lists;
        this.structure = structure;
    }

    @Override
    public ConsiliumSettings settings(Locale locale) {
        return new ConsiliumSettings(rules.body(), rules.orderRequired(), rules.parentsMustBeInvited(), rules.examinationDays(),
                rules.requiredTypes(), lists.items(ConsiliumList.SIGNS, locale),
                lists.items(ConsiliumList.MONITORING_KINDS, locale), lists.items(ConsiliumList.DECISION_TYPES, locale));
    }

    @Override
    public List<BodyMember> composition(LocalDate day) {
        return structure.members(rules.body(), day == null ? db.today() : day);
    }

    @Override
    public List<BodyMember> compositionHistory() {
        return structure.memberHistory(rules.body());
    }

    @Override
    public ApprovalStep compositionSigner() {
        people.who();
        ChainStep step = rules.compositionOrderChain().approver();
        return ApprovalStep.open(step, roles.position(step), roles.holders(step.role()));
    }

    @Override
    public boolean canManageComposition() {
        Caller who = people.who();
        if (who.isSystem()) {
            return true;
        }
        return rules.orderRequired() ? who.user().hasRole(rules.compositionOrderChain().approver().role())
                : who.allows(CorePermissions.STRUCTURE_MANAGE);
    }

    /**
     * Every objection of the appointment at once, each on its field — a staff member working at the school, a role
     * of the configured list, the first day within 50 years back and the next academic year, the order when one is
     * required — before the core adds the member with its own rules (one chair, nobody twice, not before the order).
     * Who may not change the composition is refused by the core before anything is said about the fields.
     */
    @Override
    public BodyMember appoint(long staffId, String role, LocalDate from, Long orderId) {
        if (canManageComposition()) {
            LocalDate today = db.today();
            Objections o = new Objections();
            o.check(() -> staff(staffId));
            o.check(() -> role(role));
            o.check(() -> FieldChecks.plausible("from", from, today));
            if (rules.orderRequired() && orderId == null) {
                o.check(() -> {
                    throw new ValidationException("orderId", "consilium.error.orderRequired");
                });
            }
            o.refuseAny();
        }
        return structure.addMember(new MemberDraft(rules.body(), staffId, role, from, orderId));
    }

    /**
     * A staff member working at the school. The role that signs the order may be one without the right to read the
     * staff register; the core then checks the staff member itself when it adds the member.
     */
    private void staff(long staffId) {
        try {
            people.staff("staffId", staffId);
        } catch (AccessDeniedException e) {
            LOG.debug("Staff register not readable by the appointer; the core checks staff member {}", staffId);
        }
    }

    private void role(String role) {
        FieldChecks.present("role", role == null || role.isBlank() ? null : role);
        if (!people.roles().codes().contains(role)) {
            throw new ValidationException("role", "consilium.error.notInList");
        }
    }

    /**
     * Ends a membership of the consilium: the last day within 50 years back and the next academic year and not
     * before the first day; the core checks the rest.
     */
    @Override
    public BodyMember endMembership(long membershipId, LocalDate to) {
        BodyMember ours = structure.memberHistory(rules.body()).stream().filter(m -> m.id() == membershipId)
                .findFirst().orElseThrow(() -> new NotFoundException("body-member", membershipId));
        if (canManageComposition()) {
            FieldChecks.plausible("to", to, db.today());
            if (to.isBefore(ours.from())) {
                throw new ValidationException("to", "core.error.membership.endBeforeStart",
                        FieldChecks.day(ours.from()));
            }
        }
        return structure.endMembership(membershipId, to);
    }

    @Override
    public boolean isMember() {
        return people.who().memberOn(db.today());
    }

    @Override
    public boolean canCreateMeetings() {
        LocalDate today = db.today();
        return MeetingServiceImpl.canCreate(people.who(), today, today);
    }
}
