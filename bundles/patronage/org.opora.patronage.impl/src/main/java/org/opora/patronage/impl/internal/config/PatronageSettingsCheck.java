package org.opora.patronage.impl.internal.config;

import java.util.List;
import java.util.Optional;

import org.opora.platform.api.approval.ApprovalChain;
import org.opora.platform.api.approval.ApprovalRoles;
import org.opora.platform.api.settings.SettingProblem;
import org.opora.platform.api.settings.SettingsCheck;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Checks the patronage's rules in the settings form before they are stored: the chain of the curators' orders names
 * an existing role in its one {@code approve} line ({@link ApprovalRoles#check}); agreements before the order are
 * refused, since patronage records none.
 */
@Component(property = SettingsCheck.PID + "=" + PatronageRules.PID)
public class PatronageSettingsCheck implements SettingsCheck {

    /** Reason key: an {@code agree} line in the chain of the curators' orders. */
    static final String NO_AGREEMENTS = "patronage.settings.chainAgreement";

    private final ApprovalRoles roles;

    @Activate
    public PatronageSettingsCheck(@Reference ApprovalRoles roles) {
        this.roles = roles;
    }

    @Override
    public Optional<SettingProblem> check(String attribute, List<String> values) {
        if (!"curatorOrderChain".equals(attribute)) {
            return Optional.empty();
        }
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
}
