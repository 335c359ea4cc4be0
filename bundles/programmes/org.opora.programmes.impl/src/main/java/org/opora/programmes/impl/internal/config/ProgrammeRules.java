package org.opora.programmes.impl.internal.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.opora.platform.api.approval.ApprovalChain;
import org.opora.programmes.impl.internal.rules.ActivityPeriodRule;
import org.opora.programmes.impl.internal.rules.ApprovalDeadlineRule;
import org.opora.programmes.impl.internal.rules.ChangeAfterApprovalRule;
import org.opora.programmes.impl.internal.rules.ConsentRule;
import org.opora.programmes.impl.internal.rules.CoordinatorAgreementRule;
import org.opora.programmes.impl.internal.rules.CuratorRule;
import org.opora.programmes.impl.internal.rules.DescriptivePartRule;
import org.opora.programmes.impl.internal.rules.DurationRule;
import org.opora.programmes.impl.internal.rules.EndingSoon;
import org.opora.programmes.impl.internal.rules.ConsultationRule;
import org.opora.programmes.impl.internal.rules.Lifecycle;
import org.opora.programmes.impl.internal.rules.PlanCarryingOutRule;
import org.opora.programmes.impl.internal.rules.ParentsInformedRule;
import org.opora.programmes.impl.internal.rules.AcquaintanceRule;
import org.opora.programmes.impl.internal.rules.CoordinatorOrderRule;
import org.opora.programmes.impl.internal.rules.PlanEligibilityRule;
import org.opora.programmes.impl.internal.rules.PlanObligationRule;
import org.opora.programmes.impl.internal.rules.TasksHaveActivitiesRule;
import org.opora.programmes.impl.internal.rules.VariantRule;
import org.opora.programmes.impl.internal.rules.WeeklyLoadRule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current rules, read by the services on every call so that a change in Settings applies at once. The values
 * are normalised (minimums at least one month, codes trimmed and in lower case); a malformed entry of
 * {@code maxWeeklyHours} in a hand-edited file is skipped with a warning (the settings form refuses it before it is
 * stored: {@link ProgrammeSettingsCheck}). The rule objects are built from one consistent snapshot.
 */
@Component(service = ProgrammeRules.class, configurationPid = ProgrammeRules.PID)
@Designate(ocd = RulesConfig.class)
public class ProgrammeRules {

    public static final String PID = "org.opora.programmes.rules";
    private static final Logger LOG = LoggerFactory.getLogger(ProgrammeRules.class);

    /** One consistent set of values; swapped whole on a change. */
    private record Snapshot(RulesConfig config, Map<Integer, Integer> maxWeeklyHours, ApprovalChain programmeChain,
            ApprovalChain planChain) {
    }

    /** The chains of the seed schools (regulations 002 and 001: the director approves). */
    static final ApprovalChain DEFAULT_CHAIN = ApprovalChain.of("approve: director");

    private volatile Snapshot snapshot;

    @Activate
    public ProgrammeRules(RulesConfig config) {
        modified(config);
    }

    @Modified
    void modified(RulesConfig config) {
        Map<Integer, Integer> hours = MaxWeeklyHours.parse(config.maxWeeklyHours(),
                (entry, problem) -> LOG.warn("Ignoring maxWeeklyHours entry '{}': {}", entry, problem.reasonKey()));
        snapshot = new Snapshot(config, hours, chain("programmeApprovalChain", config.programmeApprovalChain()),
                chain("planApprovalChain", config.planApprovalChain()));
    }

    private RulesConfig config() {
        return snapshot.config();
    }

    public boolean programmesEnabled() {
        return config().programmesEnabled();
    }

    public boolean individualPlansEnabled() {
        return config().individualPlansEnabled();
    }

    public int minMonths() {
        return Math.max(1, config().minMonths());
    }

    public int highRiskMinMonths() {
        return Math.max(1, config().highRiskMinMonths());
    }

    public List<String> highRiskCategories() {
        return codes(config().highRiskCategories());
    }

    public int especiallyDifficultMinMonths() {
        return Math.max(1, config().especiallyDifficultMinMonths());
    }

    public List<String> especiallyDifficultCategories() {
        return codes(config().especiallyDifficultCategories());
    }

    public boolean consentRequiredBeforeStart() {
        return config().consentRequiredBeforeStart();
    }

    public boolean curatorRequiredBeforeApproval() {
        return config().curatorRequiredBeforeApproval();
    }

    public int endingSoonDays() {
        return Math.max(0, config().endingSoonDays());
    }

    public boolean orderRequiredForChangesInPlans() {
        return config().orderRequiredForChangesInPlans();
    }

    /** Codes of the core's pupil flags that give the right to an individual plan. */
    public List<String> planEligibleFlags() {
        return codes(config().planEligibleFlags());
    }

    /**
     * Codes of the core's pupil flags for which an individual plan is obligatory (001 §6.1: disabilities of health,
     * developmental particularities, disabled children, special educational needs) — the coordinator's duty; only
     * those that also give the right to a plan count.
     */
    public List<String> planObligatoryFlags() {
        List<String> eligible = planEligibleFlags();
        return codes(config().planObligatoryFlags()).stream().filter(eligible::contains).toList();
    }

    /** The maximum weekly hours by grade; grades without an entry have no limit. */
    public Map<Integer, Integer> maxWeeklyHours() {
        return snapshot.maxWeeklyHours();
    }

    public VariantRule variants() {
        return new VariantRule(programmesEnabled(), individualPlansEnabled());
    }

    public DurationRule duration() {
        return new DurationRule(minMonths(), highRiskMinMonths(), Set.copyOf(highRiskCategories()),
                especiallyDifficultMinMonths(), Set.copyOf(especiallyDifficultCategories()));
    }

    public CuratorRule curator() {
        return new CuratorRule(curatorRequiredBeforeApproval());
    }

    /** The fields of the form required before approval (the school's choice, by default the descriptive part). */
    public DescriptivePartRule descriptive() {
        return new DescriptivePartRule(Set.copyOf(codes(config().requiredBeforeApproval())));
    }

    public ConsentRule consent() {
        return new ConsentRule(consentRequiredBeforeStart());
    }

    public TasksHaveActivitiesRule tasks() {
        return new TasksHaveActivitiesRule();
    }

    public ActivityPeriodRule activityPeriod() {
        return new ActivityPeriodRule();
    }

    public Lifecycle lifecycle() {
        return new Lifecycle(consentRequiredBeforeStart());
    }

    public ChangeAfterApprovalRule changes() {
        return new ChangeAfterApprovalRule(orderRequiredForChangesInPlans());
    }

    public PlanEligibilityRule planEligibility() {
        return new PlanEligibilityRule(planEligibleFlags());
    }

    /** Who is owed a plan (001 §6.1): the flags giving the right to one. */
    public PlanObligationRule planObligation() {
        return new PlanObligationRule(planObligatoryFlags());
    }

    public CoordinatorOrderRule coordinatorOrder() {
        return new CoordinatorOrderRule();
    }

    /** 001 §8.3.2: the approved plan carried out and closed with the coordinator's analysis. */
    public PlanCarryingOutRule carryingOut() {
        return new PlanCarryingOutRule();
    }

    /** 001 §4.6: consultations with specialists at any stage. */
    public ConsultationRule consultations() {
        return new ConsultationRule();
    }

    public AcquaintanceRule acquaintance() {
        return new AcquaintanceRule();
    }

    public ParentsInformedRule parentsInformed() {
        return new ParentsInformedRule();
    }

    public CoordinatorAgreementRule coordinatorAgreement() {
        return new CoordinatorAgreementRule();
    }

    public ApprovalDeadlineRule approvalDeadline() {
        return new ApprovalDeadlineRule();
    }

    public WeeklyLoadRule weeklyLoad() {
        return new WeeklyLoadRule(maxWeeklyHours());
    }

    public EndingSoon endingSoon() {
        return new EndingSoon(endingSoonDays());
    }

    /** Who agrees and who approves a programme, in order. */
    public ApprovalChain programmeChain() {
        return snapshot.programmeChain();
    }

    /** Who agrees an individual plan after its coordinator and who approves it, in order. */
    public ApprovalChain planChain() {
        return snapshot.planChain();
    }

    /**
     * The chain of a setting; a malformed one in a hand-edited file is replaced by the default with a warning (the
     * settings form refuses it before it is stored: {@link ProgrammeSettingsCheck}).
     */
    private static ApprovalChain chain(String setting, String[] lines) {
        if (lines == null || lines.length == 0) {
            return DEFAULT_CHAIN;
        }
        try {
            return ApprovalChain.parse(Arrays.asList(lines));
        } catch (IllegalArgumentException e) {
            LOG.warn("Ignoring {} {}: {}; the director approves", setting, Arrays.toString(lines), e.getMessage());
            return DEFAULT_CHAIN;
        }
    }

    private static List<String> codes(String[] values) {
        return values == null ? List.of() : Arrays.stream(values).filter(s -> s != null)
                .map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
