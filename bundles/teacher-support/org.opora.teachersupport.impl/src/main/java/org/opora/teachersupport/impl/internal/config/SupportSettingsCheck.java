package org.opora.teachersupport.impl.internal.config;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.opora.core.api.ListItem;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ReferenceLists;
import org.opora.core.support.SettingCodes;
import org.opora.platform.api.approval.ApprovalChain;
import org.opora.platform.api.approval.ApprovalRoles;
import org.opora.platform.api.i18n.Translator;
import org.opora.platform.api.settings.CodeUse;
import org.opora.platform.api.settings.SettingProblem;
import org.opora.platform.api.settings.SettingsCheck;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The teacher-support rules in the settings form: the five lists (004 §3–§5) are coded lists labelled from the
 * module's messages; the lead types are the core's specialist types, kept in the core's list while used; the chain of
 * the general conclusion names an existing role in its one {@code approve} line ({@link ApprovalRoles#check};
 * agreements are refused, the conclusion records none).
 */
@Component(property = SettingsCheck.PID + "=" + SupportRules.PID)
public class SupportSettingsCheck implements SettingsCheck {

    static final Map<String, SupportList> LISTS = Map.of("difficultyTypes", SupportList.DIFFICULTY_TYPES,
            "diagnosisSources", SupportList.DIAGNOSIS_SOURCES, "checkpointKinds", SupportList.CHECKPOINT_KINDS,
            "helpForms", SupportList.HELP_FORMS, "evidenceKinds", SupportList.EVIDENCE_KINDS);

    /** Reason key: an {@code agree} line in the chain of the general conclusion. */
    static final String NO_AGREEMENTS = "teachersupport.settings.chainAgreement";

    private final ReferenceLists lists;
    private final SupportRules rules;
    private final ApprovalRoles roles;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Translator translator;

    @Activate
    public SupportSettingsCheck(@Reference ReferenceLists lists, @Reference SupportRules rules,
            @Reference ApprovalRoles roles) {
        this.roles = roles;
        this.lists = lists;
        this.rules = rules;
    }

    @Override
    public Optional<SettingProblem> check(String attribute, List<String> values) {
        if ("conclusionApprovalChain".equals(attribute)) {
            return chain(values);
        }
        return "leadTypes".equals(attribute) ? SettingCodes.inCoreList(values, ReferenceList.SPECIALIST_TYPES, lists)
                : Optional.empty();
    }

    private Optional<SettingProblem> chain(List<String> values) {
        Optional<SettingProblem> problem = roles.check(values);
        if (problem.isPresent()) {
            return problem;
        }
        // every line is a well-formed step now: the agreements are the lines before the approval
        List<String> lines = values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
        return ApprovalChain.parse(values).agreements().isEmpty() ? Optional.empty()
                : Optional.of(SettingProblem.of(lines.get(0), NO_AGREEMENTS));
    }

    @Override
    public Set<String> codedLists() {
        return LISTS.keySet();
    }

    @Override
    public Optional<String> builtInLabel(String attribute, String code, Locale locale) {
        if ("leadTypes".equals(attribute)) {
            return lists.item(ReferenceList.SPECIALIST_TYPES, code, locale).map(ListItem::label);
        }
        SupportList list = LISTS.get(attribute);
        return list == null ? Optional.empty() : SettingCodes.label(translator, list.key(code), locale);
    }

    @Override
    public List<CodeUse> codesUsed() {
        return SettingCodes.uses(ReferenceList.SPECIALIST_TYPES, "leadTypes", rules.leadTypes());
    }
}
