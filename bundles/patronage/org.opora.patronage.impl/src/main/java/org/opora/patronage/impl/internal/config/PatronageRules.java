package org.opora.patronage.impl.internal.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.opora.patronage.impl.internal.rules.ContactIntervalRule;
import org.opora.patronage.impl.internal.rules.CuratorOrderRule;
import org.opora.patronage.impl.internal.rules.MandatoryCategoryRule;
import org.opora.patronage.impl.internal.rules.ReportDueRule;
import org.opora.platform.api.approval.ApprovalChain;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current rules, read by the services on every call so that a change in Settings applies at once. Codes are
 * trimmed and in lower case; the intervals are never negative.
 */
@Component(service = PatronageRules.class, configurationPid = PatronageRules.PID)
@Designate(ocd = RulesConfig.class)
public class PatronageRules {

    public static final String PID = "org.opora.patronage.rules";

    /** The seed schools' chain of the curators' orders (003 sections 2.2, 3.1: the director appoints). */
    static final ApprovalChain DEFAULT_CURATOR_ORDER_CHAIN = ApprovalChain.of("approve: director");
    private static final Logger LOG = LoggerFactory.getLogger(PatronageRules.class);

    private volatile RulesConfig config;
    private volatile ApprovalChain curatorOrderChain = DEFAULT_CURATOR_ORDER_CHAIN;

    @Activate
    public PatronageRules(RulesConfig config) {
        modified(config);
    }

    @Modified
    void modified(RulesConfig config) {
        this.curatorOrderChain = chain(config.curatorOrderChain());
        this.config = config;
    }

    /**
     * Who appoints, replaces and releases curators: the approving role of the chain. A chain a hand-edited file
     * breaks (or one with agreements, which patronage does not record) is replaced by the default with a warning; the
     * settings form refuses it before it is stored ({@link PatronageSettingsCheck}).
     */
    public ApprovalChain curatorOrderChain() {
        return curatorOrderChain;
    }

    private static ApprovalChain chain(String[] lines) {
        if (lines == null || lines.length == 0) {
            return DEFAULT_CURATOR_ORDER_CHAIN;
        }
        try {
            ApprovalChain chain = ApprovalChain.parse(Arrays.asList(lines));
            if (chain.agreements().isEmpty()) {
                return chain;
            }
            LOG.warn("Ignoring curatorOrderChain {}: agreements are not recorded for patronage",
                    Arrays.toString(lines));
        } catch (IllegalArgumentException e) {
            LOG.warn("Ignoring curatorOrderChain {}: {}", Arrays.toString(lines), e.getMessage());
        }
        return DEFAULT_CURATOR_ORDER_CHAIN;
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
