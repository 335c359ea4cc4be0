package org.opora.programmes.impl.internal.duty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ReferenceLists;
import org.opora.core.support.Caller;
import org.opora.core.support.FieldChecks;
import org.opora.platform.api.approval.ApprovalChain;
import org.opora.platform.api.approval.ChainStep;
import org.opora.platform.api.duty.Duty;
import org.opora.platform.api.duty.DutyProvider;
import org.opora.platform.api.i18n.Translator;
import org.opora.platform.api.security.OporaUser;
import org.opora.programmes.api.ProgrammesPermissions;
import org.opora.programmes.impl.internal.config.ProgrammeRules;
import org.opora.programmes.impl.internal.model.IndividualPlanEntity;
import org.opora.programmes.impl.internal.model.ProgrammeEntity;
import org.opora.programmes.impl.internal.model.StepEntity;
import org.opora.programmes.impl.internal.rules.PlanObligationRule;
import org.opora.programmes.impl.internal.support.ChainSteps;
import org.opora.programmes.impl.internal.support.People;
import org.opora.programmes.impl.internal.support.ProgrammesDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "My duties" of individual support: plan rows past their period and not done (to the responsible specialist and
 * the curator), programmes ending within {@code endingSoonDays} (to the curator, who prepares the review) and
 * programmes past their end that the consilium has not yet decided on (to the curator, until it has),
 * programmes and plans agreed by their coordinator whose next step of the school's approval chain is in a role the
 * user holds (to agree or to approve; nobody else), plans awaiting the
 * coordinator's agreement (holders of {@code programmes.coordinate}, the plan's coordinator or any while none is
 * named), and the eligible pupils without a plan of the year (001 §6.1, to the same holders). Called as the user while the home page is built; each kind is one query, and a kind that fails is logged
 * and left out.
 */
@Component
public class ProgrammeDuties implements DutyProvider {

    /** At most this many pupils of one flag are looked at. */
    static final int OWED_SCAN = 2000;

    private static final Logger LOG = LoggerFactory.getLogger(ProgrammeDuties.class);

    private final DutyQueries queries;
    private final ProgrammesDatabase db;
    private final ProgrammeRules rules;
    private final People people;
    private final Translator translator;
    private final ReferenceLists coreLists;

    @Activate
    public ProgrammeDuties(@Reference ProgrammesDatabase db, @Reference ProgrammeRules rules,
            @Reference People people, @Reference Translator translator, @Reference ReferenceLists coreLists) {
        this.queries = new DutyQueries(db, rules);
        this.rules = rules;
        this.db = db;
        this.people = people;
        this.translator = translator;
        this.coreLists = coreLists;
    }

    @Override
    public List<Duty> dutiesOf(OporaUser user, Locale locale) {
        List<Duty> duties = new ArrayList<>();
        if (!user.has(ProgrammesPermissions.ACCESS)) {
            return duties;
        }
        Caller who = people.who(user);
        LocalDate today = db.today();
        if (who.staffId() != null) {
            long me = who.staffId();
            collect(duties, "overdue rows", () -> overdueRows(me, today, locale));
            collect(duties, "ending soon", () -> endingSoon(me, today, locale));
            collect(duties, "past the end", () -> pastEnd(me, today, locale));
            collect(duties, "plans past the end", () -> plansPastEnd(me, today, locale));
        }
        if (ChainSteps.holdsAny(who, rules.programmeChain())) {
            collect(duties, "programmes to agree or approve", () -> programmeChain(who, locale));
        }
        if (ChainSteps.holdsAny(who, rules.planChain())) {
            collect(duties, "plans to agree or approve", () -> planChain(who, locale));
        }
        if (user.has(ProgrammesPermissions.COORDINATE)) {
            collect(duties, "plans to agree", () -> plans(false, who.staffId(), "agreePlan", locale));
            if (rules.individualPlansEnabled()) {
                collect(duties, "plans owed", () -> plansOwed(today, locale));
            }
        }
        return duties;
    }

    private static void collect(List<Duty> duties, String kind, Supplier<List<Duty>> source) {
        try {
            duties.addAll(source.get());
        } catch (RuntimeException e) {
            LOG.warn("Programme duties of kind '{}' are left out: {}", kind, e.toString());
        }
    }

    private List<Duty> overdueRows(long me, LocalDate today, Locale locale) {
        return queries.overdueRows(me, today).stream().map(o -> new Duty(
                text("overdueRow", locale, o.row().getPosition(), FieldChecks.day(o.row().getTo())),
                pupil(o.programme().getPupilName(), o.programme().getClassName(), locale), o.row().getTo(),
                programmeRoute(o.programme()))).toList();
    }

    private List<Duty> endingSoon(long me, LocalDate today, Locale locale) {
        return queries.endingSoon(me, today).stream().map(p -> new Duty(
                text("endingSoon", locale, FieldChecks.day(p.getEndDate())),
                pupil(p.getPupilName(), p.getClassName(), locale), p.getEndDate(), programmeRoute(p))).toList();
    }

    private List<Duty> pastEnd(long me, LocalDate today, Locale locale) {
        return queries.pastEnd(me, today).stream().map(p -> new Duty(
                text("pastEnd", locale, FieldChecks.day(p.getEndDate())),
                pupil(p.getPupilName(), p.getClassName(), locale), p.getEndDate(), programmeRoute(p))).toList();
    }

    private List<Duty> plansPastEnd(long me, LocalDate today, Locale locale) {
        return queries.plansPastEnd(me, today).stream().map(p -> new Duty(
                text("planPastEnd", locale, FieldChecks.day(p.getEndDate())),
                pupil(p.getPupilName(), p.getClassName(), locale), p.getEndDate(), planRoute(p))).toList();
    }

    /** Programmes whose next step of the approval chain is in a role the user holds. */
    private List<Duty> programmeChain(Caller who, Locale locale) {
        List<ProgrammeEntity> waiting = queries.awaitingApproval();
        Map<Long, List<StepEntity>> steps = queries.programmeChainSteps(
                waiting.stream().map(ProgrammeEntity::getId).toList());
        ApprovalChain chain = rules.programmeChain();
        List<Duty> found = new ArrayList<>();
        for (ProgrammeEntity p : waiting) {
            ChainStep next = new ChainSteps(chain, steps.getOrDefault(p.getId(), List.of())).next();
            if (ChainSteps.holds(who, next.role())) {
                found.add(new Duty(text(next.kind() == ChainStep.Kind.APPROVE ? "approve" : "agree", locale),
                        pupil(p.getPupilName(), p.getClassName(), locale), null, programmeRoute(p)));
            }
        }
        return found;
    }

    /** Plans agreed by their coordinator whose next step of the approval chain is in a role the user holds. */
    private List<Duty> planChain(Caller who, Locale locale) {
        List<IndividualPlanEntity> waiting = queries.plansBeforeApproval(true);
        Map<Long, List<StepEntity>> steps = queries.planChainSteps(
                waiting.stream().map(IndividualPlanEntity::getId).toList());
        ApprovalChain chain = rules.planChain();
        List<Duty> found = new ArrayList<>();
        for (IndividualPlanEntity p : waiting) {
            ChainStep next = new ChainSteps(chain, steps.getOrDefault(p.getId(), List.of())).next();
            if (ChainSteps.holds(who, next.role())) {
                found.add(new Duty(text(next.kind() == ChainStep.Kind.APPROVE ? "approvePlan" : "agreePlan", locale),
                        pupil(p.getPupilName(), p.getClassName(), locale), p.getDeadline(), planRoute(p)));
            }
        }
        return found;
    }

    /** Plans before approval; for the coordinator only theirs and those naming none. */
    private List<Duty> plans(boolean agreed, Long coordinator, String key, Locale locale) {
        return queries.plansBeforeApproval(agreed).stream()
                .filter(p -> coordinator == null || p.getCoordinatorId() == null
                        || coordinator.equals(p.getCoordinatorId()))
                .map(p -> new Duty(text(key, locale), pupil(p.getPupilName(), p.getClassName(), locale),
                        p.getDeadline(), planRoute(p))).toList();
    }

    /**
     * The current pupils with a status giving the right to a plan and no plan of this academic year (001 §6.1: the
     * plan is obligatory for them), to the holders of {@code programmes.coordinate}: one query of the core per
     * flag and one of the plans, whatever the number of pupils. A row opens the pupil's plans, where the plan is
     * started.
     */
    private List<Duty> plansOwed(LocalDate today, Locale locale) {
        PlanObligationRule rule = rules.planObligation();
        List<PlanObligationRule.Candidate> candidates = new ArrayList<>();
        for (String flag : rule.flags()) {
            people.currentWithFlag(flag, OWED_SCAN).forEach(p -> candidates.add(new PlanObligationRule.Candidate(
                    p.id(), p.name().initials(), p.className(), flag)));
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<PlanObligationRule.PlanDates> plans = queries.plansOf(
                candidates.stream().map(PlanObligationRule.Candidate::pupilId).distinct().toList());
        Map<String, String> labels = new HashMap<>();
        coreLists.items(ReferenceList.PUPIL_FLAGS, locale).forEach(i -> labels.put(i.code(), i.label()));
        return rule.missing(candidates, plans, AcademicYear.containing(today)).stream().limit(DutyQueries.LIMIT)
                .map(c -> new Duty(translator.translate(PlanObligationRule.MISSING, locale), c.className().isBlank()
                        ? text("pupilOwed", locale, c.name(), labels.getOrDefault(c.flag(), c.flag()))
                        : text("pupilOwedInClass", locale, c.name(), c.className(),
                                labels.getOrDefault(c.flag(), c.flag())), null, owedRoute(c.pupilId())))
                .toList();
    }

    /** The pupil's individual plans, where the plan is started (see the programmes UI's {@code PlansOfPupilView}). */
    static String owedRoute(long pupilId) {
        return "programmes/plans/" + pupilId;
    }

    private String pupil(String name, String className, Locale locale) {
        return className == null || className.isBlank() ? name : text("pupil", locale, name, className);
    }

    private String text(String key, Locale locale, Object... params) {
        return translator.translate("programmes.duty." + key, locale, params);
    }

    private static String programmeRoute(ProgrammeEntity p) {
        return "programmes/programme/" + p.getId();
    }

    private static String planRoute(IndividualPlanEntity p) {
        return "programmes/plan/" + p.getId();
    }
}
