package org.opora.programmes.impl.internal.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.opora.platform.api.approval.ApprovalRoles;
import org.opora.platform.api.settings.SettingProblem;
import org.opora.platform.api.settings.SettingsCheck;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Checks the programmes' list settings in the settings form before they are stored: the maximum weekly load by grade
 * line by line ({@link MaxWeeklyHours}), and the categories of high risk and of especially difficult
 * situations only as codes of the configured risk categories, the approval chains as steps of existing roles with
 * one approval, the last ({@link ApprovalRoles#check}).
 */
@Component(property = SettingsCheck.PID + "=" + ProgrammeRules.PID)
public class ProgrammeSettingsCheck implements SettingsCheck {

    private final ProgrammeLists lists;
    private final ApprovalRoles roles;

    @Activate
    public ProgrammeSettingsCheck(@Reference ProgrammeLists lists, @Reference ApprovalRoles roles) {
        this.lists = lists;
        this.roles = roles;
    }

    @Override
    public Optional<SettingProblem> check(String attribute, List<String> values) {
        return switch (attribute) {
            case "maxWeeklyHours" -> weeklyHours(values);
            case "highRiskCategories", "especiallyDifficultCategories" -> riskCategories(values);
            case "programmeApprovalChain", "planApprovalChain" -> roles.check(values);
            default -> Optional.empty();
        };
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
