package org.opora.programmes.impl.internal.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.opora.platform.api.approval.ApprovalRoles;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ReferenceLists;
import org.opora.core.support.SettingCodes;
import org.opora.platform.api.settings.CodeUse;
import org.opora.platform.api.settings.SettingProblem;
import org.opora.platform.api.settings.SettingsCheck;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Checks the programmes' list settings in the settings form before they are stored: the maximum weekly load by grade
 * line by line ({@link MaxWeeklyHours}), the categories of high risk and of especially difficult situations only as
 * codes of the configured risk categories, the statuses entitling to a plan only as the core's pupil statuses, the
 * minimum durations together, and the approval chains as steps of existing roles with one approval, the last
 * ({@link ApprovalRoles#check}).
 */
@Component(property = SettingsCheck.PID + "=" + ProgrammeRules.PID)
public class ProgrammeSettingsCheck implements SettingsCheck {

    private final ProgrammeLists lists;
    private final ReferenceLists coreLists;
    private final ProgrammeRules rules;
    private final ApprovalRoles roles;

    @Activate
    public ProgrammeSettingsCheck(@Reference ProgrammeLists lists, @Reference ReferenceLists coreLists,
            @Reference ProgrammeRules rules, @Reference ApprovalRoles roles) {
        this.lists = lists;
        this.coreLists = coreLists;
        this.rules = rules;
        this.roles = roles;
    }

    @Override
    public Optional<SettingProblem> check(String attribute, List<String> values) {
        return switch (attribute) {
            case "maxWeeklyHours" -> weeklyHours(values);
            case "highRiskCategories", "especiallyDifficultCategories" -> riskCategories(values);
            case "programmeApprovalChain", "planApprovalChain" -> roles.check(values);
            case "planEligibleFlags", "planObligatoryFlags" -> SettingCodes.inCoreList(values,
                    ReferenceList.PUPIL_FLAGS, coreLists);
            default -> Optional.empty();
        };
    }

    /**
     * The minimum durations grow with the risk (002: at least 3 months; 6 for a high suicide risk or an incomplete
     * suicide; 2 years in especially difficult cases): the standard minimum is not above the high-risk one, and that
     * not above the especially difficult one. A category is not both of high risk and especially difficult.
     */
    @Override
    public Map<String, SettingProblem> checkTogether(Map<String, List<String>> values) {
        Map<String, SettingProblem> problems = new LinkedHashMap<>();
        SettingCodes.notAbove(values, "minMonths", "highRiskMinMonths", "programmes.settings.minAboveHighRisk")
                .ifPresent(p -> problems.put("minMonths", p));
        SettingCodes.notAbove(values, "highRiskMinMonths", "especiallyDifficultMinMonths",
                "programmes.settings.highRiskAboveDifficult").ifPresent(p -> problems.put("highRiskMinMonths", p));
        Set<String> highRisk = new HashSet<>();
        values.getOrDefault("highRiskCategories", List.of()).forEach(v -> highRisk.add(SettingCodes.code(v)));
        values.getOrDefault("especiallyDifficultCategories", List.of()).stream()
                .filter(v -> highRisk.contains(SettingCodes.code(v))).findFirst()
                .ifPresent(v -> problems.put("especiallyDifficultCategories",
                        SettingProblem.of(v, "programmes.settings.bothRiskLists")));
        return problems;
    }

    /** The labels of the statuses and risk categories the rules name (the form shows the defaults by them). */
    @Override
    public Optional<String> builtInLabel(String attribute, String code, Locale locale) {
        return switch (attribute) {
            case "planEligibleFlags", "planObligatoryFlags" -> coreLists.item(ReferenceList.PUPIL_FLAGS, code, locale)
                    .map(org.opora.core.api.ListItem::label);
            case "highRiskCategories", "especiallyDifficultCategories" -> lists.contains(
                    ProgrammeList.RISK_CATEGORIES, code) ? Optional.of(lists.label(ProgrammeList.RISK_CATEGORIES, code,
                            locale)) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** The core's pupil statuses and the module's risk categories the stored rules name. */
    @Override
    public List<CodeUse> codesUsed() {
        List<CodeUse> uses = new ArrayList<>(SettingCodes.uses(ReferenceList.PUPIL_FLAGS, "planEligibleFlags",
                rules.planEligibleFlags()));
        uses.addAll(SettingCodes.uses(ReferenceList.PUPIL_FLAGS, "planObligatoryFlags",
                rules.planObligatoryFlags()));
        rules.highRiskCategories().forEach(c -> uses.add(new CodeUse(ProgrammeLists.PID, "riskCategories", c,
                "highRiskCategories")));
        rules.especiallyDifficultCategories().forEach(c -> uses.add(new CodeUse(ProgrammeLists.PID, "riskCategories",
                c, "especiallyDifficultCategories")));
        return uses;
    }

    private static Optional<SettingProblem> weeklyHours(List<String> values) {
        List<SettingProblem> problems = new ArrayList<>();
        MaxWeeklyHours.parse(values.toArray(String[]::new), (entry, problem) -> problems.add(problem));
        return problems.stream().findFirst();
    }

    private Optional<SettingProblem> riskCategories(List<String> values) {
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            String code = value.strip().toLowerCase(Locale.ROOT);
            if (!lists.contains(ProgrammeList.RISK_CATEGORIES, code)) {
                return Optional.of(SettingProblem.of(value, "programmes.settings.unknownRiskCategory"));
            }
            if (!seen.add(code)) {
                return Optional.of(SettingProblem.of(value, "programmes.settings.repeated"));
            }
        }
        return Optional.empty();
    }
}
