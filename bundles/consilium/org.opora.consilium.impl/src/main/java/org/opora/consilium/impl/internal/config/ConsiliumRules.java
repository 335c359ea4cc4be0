package org.opora.consilium.impl.internal.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.opora.consilium.impl.internal.rules.MeetingNumbering;
import org.opora.core.api.staff.Bodies;
import org.opora.platform.api.approval.ApprovalChain;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current rules, read by the services on every call so that a change in Settings applies at once. An invalid
 * numbering pattern (without {@code {n}}) is not applied: the default is used and a warning logged.
 */
@Component(service = ConsiliumRules.class, configurationPid = ConsiliumRules.PID)
@Designate(ocd = RulesConfig.class)
public class ConsiliumRules {

    public static final String PID = "org.opora.consilium.rules";
    /** The seed schools' chain of the composition's order (002, 000 section 4: the director's order). */
    static final ApprovalChain DEFAULT_COMPOSITION_ORDER_CHAIN = ApprovalChain.of("approve: director");
    private static final Logger LOG = LoggerFactory.getLogger(ConsiliumRules.class);

    private volatile RulesConfig config;
    private volatile MeetingNumbering numbering;
    private volatile ApprovalChain compositionOrderChain = DEFAULT_COMPOSITION_ORDER_CHAIN;

    @Activate
    public ConsiliumRules(RulesConfig config) {
        modified(config);
    }

    @Modified
    void modified(RulesConfig config) {
        String pattern = config.numberPattern();
        if (!MeetingNumbering.valid(pattern)) {
            LOG.warn("Meeting number pattern '{}' has no {n}; using '{}'", pattern, MeetingNumbering.DEFAULT_PATTERN);
            pattern = MeetingNumbering.DEFAULT_PATTERN;
        }
        this.numbering = new MeetingNumbering(pattern, config.restartNumberingEachYear());
        this.compositionOrderChain = chain(config.compositionOrderChain());
        this.config = config;
    }

    /**
     * Who signs the order setting the consilium's composition: the approving role of the chain; while an order is
     * required ({@link #orderRequired()}) its holders alone appoint and release members. A chain a hand-edited file
     * breaks (or one with agreements, which the composition does not record) is replaced by the default with a
     * warning; the settings form refuses it before it is stored ({@link ConsiliumSettingsCheck}).
     */
    public ApprovalChain compositionOrderChain() {
        return compositionOrderChain;
    }

    private static ApprovalChain chain(String[] lines) {
        if (lines == null || lines.length == 0) {
            return DEFAULT_COMPOSITION_ORDER_CHAIN;
        }
        try {
            ApprovalChain chain = ApprovalChain.parse(Arrays.asList(lines));
            if (chain.agreements().isEmpty()) {
                return chain;
            }
            LOG.warn("Ignoring compositionOrderChain {}: agreements are not recorded for the composition",
                    Arrays.toString(lines));
        } catch (IllegalArgumentException e) {
            LOG.warn("Ignoring compositionOrderChain {}: {}", Arrays.toString(lines), e.getMessage());
        }
        return DEFAULT_COMPOSITION_ORDER_CHAIN;
    }

    /** Code of the core's functional body that is the consilium. */
    public String body() {
        String body = config.body();
        return body == null || body.isBlank() ? Bodies.CONSILIUM : body.strip();
    }

    public boolean orderRequired() {
        return config.orderRequired();
    }

    public MeetingNumbering numbering() {
        return numbering;
    }

    public boolean parentsMustBeInvited() {
        return config.parentsMustBeInvited();
    }

    public List<String> requiredTypes() {
        return codes(config.requiredTypes());
    }

    public boolean inviteClassTeacher() {
        return config.inviteClassTeacher();
    }

    public List<String> presentationTypes() {
        return codes(config.presentationTypes());
    }

    public int presentationDaysBefore() {
        return Math.max(0, config.presentationDaysBefore());
    }

    public int examinationDays() {
        return Math.max(1, config.examinationDays());
    }

    public List<String> examinerTypes() {
        return codes(config.examinerTypes());
    }

    private static List<String> codes(String[] values) {
        return values == null ? List.of() : Arrays.stream(values).map(s -> s.strip().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).distinct().toList();
    }
}
