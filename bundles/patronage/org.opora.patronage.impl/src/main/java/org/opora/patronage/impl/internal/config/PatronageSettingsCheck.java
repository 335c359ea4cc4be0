package org.opora.patronage.impl.internal.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.opora.core.api.ListItem;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ReferenceLists;
import org.opora.core.support.SettingCodes;
import org.opora.platform.api.approval.ApprovalChain;
import org.opora.platform.api.approval.ApprovalRoles;
import org.opora.platform.api.settings.CodeUse;
import org.opora.platform.api.settings.SettingProblem;
import org.opora.platform.api.settings.SettingsCheck;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Checks the patronage rules in the settings form before they are stored: the categories are the core's pupil
 * statuses (003 §1.1, §1.3), the mandatory ones among the categories, the coordinator's and the involved specialists'
 * types the core's specialist types (003 §2.2, §3.2); the chain of the curators' orders names an existing role in its
 * one {@code approve} line ({@link ApprovalRoles#check}) — agreements before the order are refused, since patronage
 * records none. Tells the form which of the core's codes the stored rules use.
 */
@Component(property = SettingsCheck.PID + "=" + PatronageRules.PID)
public class PatronageSettingsCheck implements SettingsCheck {

    /** Reason key: an {@code agree} line in the chain of the curators' orders. */
    static final String NO_AGREEMENTS = "patronage.settings.chainAgreement";

    private final ApprovalRoles roles;
    private final ReferenceLists lists;
    private final PatronageRules rules;

    @Activate
    public PatronageSettingsCheck(@Reference ApprovalRoles roles, @Reference ReferenceLists lists,
            @Reference PatronageRules rules) {
        this.roles = roles;
        this.lists = lists;
        this.rules = rules;
    }

    @Override
    public Optional<SettingProblem> check(String attribute, List<String> values) {
        return switch (attribute) {
            case "curatorOrderChain" -> chain(values);
            case "categories", "mandatoryCategories" -> SettingCodes.inCoreList(values, ReferenceList.PUPIL_FLAGS,
                    lists);
            case "coordinatorType", "specialistTypes" -> SettingCodes.inCoreList(values,
                    ReferenceList.SPECIALIST_TYPES, lists);
            default -> Optional.empty();
        };
    }

    private Optional<SettingProblem> chain(List<String> values) {
        Optional<SettingProblem> problem = roles.check(values);
        if (problem.isPresent()) {
            return problem;
        }
        // every line is a well-formed step now: the agreements are the lines before the approval
        ApprovalChain chain = ApprovalChain.parse(values);
        List<String> lines = values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
        return chain.agreements().isEmpty() ? Optional.empty()
                : Optional.of(SettingProblem.of(lines.get(0), NO_AGREEMENTS));
    }

    /** The mandatory categories are among the categories (a pupil cannot be due for a case of no category). */
    @Override
    public Map<String, SettingProblem> checkTogether(Map<String, List<String>> values) {
        return SettingCodes.subset(values, "mandatoryCategories", "categories", "patronage.settings.notACategory")
                .map(p -> Map.of("mandatoryCategories", p)).orElse(Map.of());
    }

    @Override
    public Optional<String> builtInLabel(String attribute, String code, Locale locale) {
        return switch (attribute) {
            case "categories", "mandatoryCategories" -> coreLabel(ReferenceList.PUPIL_FLAGS, code, locale);
            case "coordinatorType", "specialistTypes" -> coreLabel(ReferenceList.SPECIALIST_TYPES, code, locale);
            default -> Optional.empty();
        };
    }

    /** The label of a code of the core's list in the language, when the list has it. */
    private Optional<String> coreLabel(ReferenceList list, String code, Locale locale) {
        return lists.item(list, code, locale).map(ListItem::label);
    }

    @Override
    public List<CodeUse> codesUsed() {
        List<CodeUse> uses = new ArrayList<>(SettingCodes.uses(ReferenceList.PUPIL_FLAGS, "categories",
                rules.categories()));
        uses.addAll(SettingCodes.uses(ReferenceList.PUPIL_FLAGS, "mandatoryCategories", rules.mandatoryCategories()));
        uses.addAll(SettingCodes.uses(ReferenceList.SPECIALIST_TYPES, "coordinatorType",
                List.of(rules.coordinatorType())));
        uses.addAll(SettingCodes.uses(ReferenceList.SPECIALIST_TYPES, "specialistTypes", rules.specialistTypes()));
        return uses;
    }
}
