package org.opora.consilium.impl.internal.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.opora.core.api.ListItem;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ReferenceLists;
import org.opora.consilium.impl.internal.rules.MeetingNumbering;
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
 * Checks the consilium's rules in the settings form before they are stored: the consilium's body is one of the
 * core's functional bodies, the required, presenting and examining specialists are the core's specialist types — a
 * typo there would leave a protocol that can never be finalised; the chain of the composition's order names an
 * existing role in its one {@code approve} line ({@link ApprovalRoles#check}; agreements are refused, the composition
 * records none); the meetings' number pattern holds {@code {n}} and no unknown placeholder. Tells the form which of
 * the core's codes the stored rules use, so that they are not removed from the core's lists.
 */
@Component(property = SettingsCheck.PID + "=" + ConsiliumRules.PID)
public class ConsiliumSettingsCheck implements SettingsCheck {

    static final List<String> TYPE_LISTS = List.of("requiredTypes", "presentationTypes", "examinerTypes");

    /** Reason key: a number pattern without {@code {n}} or too long, naming the longest. */
    static final String NUMBER_PATTERN = "consilium.settings.numberPattern";
    /** Reason key: a placeholder of the number pattern other than {@code {n}}, {@code {year}}, {@code {years}}. */
    static final String UNKNOWN_PLACEHOLDER = "consilium.settings.numberPattern.placeholder";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*\\}");
    /** Reason key: a character of the number pattern, outside the placeholders, that a number does not hold. */
    static final String CHARACTER = "consilium.settings.numberPattern.character";
    private static final Pattern OTHER_CHARACTER = Pattern.compile("[^\\p{L}\\p{Nd} ./_№-]");
    private static final Set<String> PLACEHOLDERS = Set.of("{n}", "{year}", "{years}");

    /** Reason key: an {@code agree} line in the chain of the composition's order. */
    static final String NO_AGREEMENTS = "consilium.settings.chainAgreement";

    private final ReferenceLists lists;
    private final ConsiliumRules rules;
    private final ApprovalRoles roles;

    @Activate
    public ConsiliumSettingsCheck(@Reference ReferenceLists lists, @Reference ConsiliumRules rules,
            @Reference ApprovalRoles roles) {
        this.lists = lists;
        this.rules = rules;
        this.roles = roles;
    }

    @Override
    public Optional<SettingProblem> check(String attribute, List<String> values) {
        if ("compositionOrderChain".equals(attribute)) {
            return chain(values);
        }
        if ("body".equals(attribute)) {
            return SettingCodes.inCoreList(values, ReferenceList.BODIES, lists);
        }
        if ("numberPattern".equals(attribute)) {
            return numberPattern(values);
        }
        return TYPE_LISTS.contains(attribute) ? SettingCodes.inCoreList(values, ReferenceList.SPECIALIST_TYPES, lists)
                : Optional.empty();
    }

    /**
     * The pattern of the meetings' numbers: only the placeholders {@code {n}}, {@code {year}} and {@code {years}}
     * (another would be printed as it is), {@code {n}} among them, besides them only letters, digits, spaces and
     * {@code . / _ № -}, and at most {@value MeetingNumbering#MAX_PATTERN}
     * characters ({@link MeetingNumbering#valid}); otherwise the rules would fall back to the default unseen.
     */
    static Optional<SettingProblem> numberPattern(List<String> values) {
        String pattern = values.isEmpty() ? "" : values.get(0);
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group())) {
                return Optional.of(SettingProblem.of(pattern, UNKNOWN_PLACEHOLDER, m.group(), "{n}", "{year}",
                        "{years}"));
            }
        }
        Matcher other = OTHER_CHARACTER.matcher(PLACEHOLDER.matcher(pattern).replaceAll(""));
        if (other.find()) {
            return Optional.of(SettingProblem.of(pattern, CHARACTER, other.group()));
        }
        return MeetingNumbering.valid(pattern) ? Optional.empty()
                : Optional.of(SettingProblem.of(pattern, NUMBER_PATTERN, MeetingNumbering.MAX_PATTERN, "{n}",
                        "{year}"));
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
    public Optional<String> builtInLabel(String attribute, String code, Locale locale) {
        if ("body".equals(attribute)) {
            return coreLabel(ReferenceList.BODIES, code, locale);
        }
        return TYPE_LISTS.contains(attribute) ? coreLabel(ReferenceList.SPECIALIST_TYPES, code, locale)
                : Optional.empty();
    }

    /** The label of a code of the core's list in the language, when the list has it. */
    private Optional<String> coreLabel(ReferenceList list, String code, Locale locale) {
        return lists.item(list, code, locale).map(ListItem::label);
    }

    @Override
    public List<CodeUse> codesUsed() {
        List<CodeUse> uses = new ArrayList<>(SettingCodes.uses(ReferenceList.BODIES, "body", List.of(rules.body())));
        uses.addAll(SettingCodes.uses(ReferenceList.SPECIALIST_TYPES, "requiredTypes", rules.requiredTypes()));
        uses.addAll(SettingCodes.uses(ReferenceList.SPECIALIST_TYPES, "presentationTypes", rules.presentationTypes()));
        uses.addAll(SettingCodes.uses(ReferenceList.SPECIALIST_TYPES, "examinerTypes", rules.examinerTypes()));
        return uses;
    }
}
