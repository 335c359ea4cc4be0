package org.opora.patronage.impl.internal.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.opora.patronage.impl.internal.rules.ContactIntervalRule;
import org.opora.patronage.impl.internal.rules.CuratorOrderRule;
import org.opora.patronage.impl.internal.rules.MandatoryCategoryRule;
import org.opora.patronage.impl.internal.rules.ReportDueRule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The current rules, read by the services on every call so that a change in Settings applies at once. Codes are
 * trimmed and in lower case; the intervals are never negative.
 */
@Component(service = PatronageRules.class, configurationPid = PatronageRules.PID)
@Designate(ocd = RulesConfig.class)
public class PatronageRules {

    public static final String PID = "org.opora.patronage.rules";

    private volatile RulesConfig config;

    @Activate
    public PatronageRules(RulesConfig config) {
        modified(config);
    }

    @Modified
    void modified(RulesConfig config) {
        this.config = config;
    }

    /** The categories of patronage: codes of the core's pupil flags, in the configured order. */
    public List<String> categories() {
        return codes(config.categories());
    }

    public List<String> mandatoryCategories() {
        return codes(config.mandatoryCategories());
    }

    public String coordinatorType() {
        String type = config.coordinatorType();
        return type == null ? "" : type.strip().toLowerCase(Locale.ROOT);
    }

    public List<String> specialistTypes() {
        return codes(config.specialistTypes());
    }

    public boolean orderRequired() {
        return config.orderRequired();
    }

    public int contactIntervalDays() {
        return Math.max(0, config.contactIntervalDays());
    }

    public int reportIntervalDays() {
        return Math.max(0, config.reportIntervalDays());
    }

    public MandatoryCategoryRule mandatory() {
        return new MandatoryCategoryRule(categories(), mandatoryCategories());
    }

    public CuratorOrderRule curatorOrder() {
        return new CuratorOrderRule(orderRequired());
    }

    public ContactIntervalRule contactInterval() {
        return new ContactIntervalRule(contactIntervalDays());
    }

    public ReportDueRule reportDue() {
        return new ReportDueRule(reportIntervalDays());
    }

    private static List<String> codes(String[] values) {
        return values == null ? List.of()
                : Arrays.stream(values).filter(v -> v != null && !v.isBlank())
                        .map(v -> v.strip().toLowerCase(Locale.ROOT)).distinct().toList();
    }
}
