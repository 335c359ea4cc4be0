package org.opora.teachersupport.impl.internal.config;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opora.core.api.ListItem;
import org.opora.core.api.ValidationException;
import org.opora.core.support.ConfiguredLists;
import org.opora.platform.api.i18n.Translator;
import org.opora.teachersupport.impl.internal.rules.CheckpointDueRule;
import org.opora.teachersupport.impl.internal.rules.EvidenceFileRule;
import org.opora.teachersupport.impl.internal.rules.LeadRule;
import org.opora.platform.api.approval.ApprovalChain;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current settings, read by the services on every call so that a change in Settings applies at once: the
 * configured lists (labelled with {@code teachersupport.list.<list>.<code>}, a school's own label winning in
 * Russian), the lead types, whether the teacher reads their own record, the notice days of checkpoints and the
 * largest evidence file.
 */
@Component(service = SupportRules.class, configurationPid = SupportRules.PID)
@Designate(ocd = RulesConfig.class)
public class SupportRules {

    public static final String PID = "org.opora.teachersupport.rules";
    private static final Logger LOG = LoggerFactory.getLogger(SupportRules.class);

    /**
     * The default chain of the general conclusion: 004 names no signer of the conclusion; the school's methodical work
     * it describes is led by the deputy director for teaching (3.2: interviews with the deputy director; 3.5: the
     * feedback "teacher - mentor - methodologist / deputy director"), so the deputy approves.
     */
    static final ApprovalChain DEFAULT_CONCLUSION_CHAIN = ApprovalChain.of("approve: deputy");

    private volatile ApprovalChain conclusionApprovalChain = DEFAULT_CONCLUSION_CHAIN;

    private volatile RulesConfig config;
    private volatile ConfiguredLists<SupportList> lists;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Translator translator;

    @Activate
    public SupportRules(RulesConfig config) {
        modified(config);
    }

    @Modified
    void modified(RulesConfig config) {
        Map<SupportList, String[]> m = new EnumMap<>(SupportList.class);
        m.put(SupportList.DIFFICULTY_TYPES, config.difficultyTypes());
        m.put(SupportList.DIAGNOSIS_SOURCES, config.diagnosisSources());
        m.put(SupportList.CHECKPOINT_KINDS, config.checkpointKinds());
        m.put(SupportList.HELP_FORMS, config.helpForms());
        m.put(SupportList.EVIDENCE_KINDS, config.evidenceKinds());
        this.lists = ConfiguredLists.of(m, (list, code) -> list.key(code),
                (entry, reason) -> LOG.warn("Ignoring teacher-support list entry '{}': {}", entry, reason));
        this.conclusionApprovalChain = chain(config.conclusionApprovalChain());
        this.config = config;
    }

    /**
     * Who approves the general conclusion once the lead signed it: the approving role of the chain. A chain a
     * hand-edited file breaks (or one with agreements, which the conclusion does not record) is replaced by the
     * default with a warning; the settings form refuses it before it is stored ({@link SupportSettingsCheck}).
     */
    public ApprovalChain conclusionApprovalChain() {
        return conclusionApprovalChain;
    }

    private static ApprovalChain chain(String[] lines) {
        if (lines == null || lines.length == 0) {
            return DEFAULT_CONCLUSION_CHAIN;
        }
        try {
            ApprovalChain chain = ApprovalChain.parse(Arrays.asList(lines));
            if (chain.agreements().isEmpty()) {
                return chain;
            }
            LOG.warn("Ignoring conclusionApprovalChain {}: agreements are not recorded for the conclusion",
                    Arrays.toString(lines));
        } catch (IllegalArgumentException e) {
            LOG.warn("Ignoring conclusionApprovalChain {}: {}", Arrays.toString(lines), e.getMessage());
        }
        return DEFAULT_CONCLUSION_CHAIN;
    }

    /** Parses the entries; a malformed line is skipped with a warning rather than breaking every form. */
    static List<ListItem> parse(String[] entries) {
        return ListItem.parseAll(entries,
                (entry, reason) -> LOG.warn("Ignoring teacher-support list entry '{}': {}", entry, reason));
    }

    /** The list labelled in the language. */
    public List<ListItem> items(SupportList list, Locale locale) {
        return lists.items(list, locale, translator);
    }

    /** The label of a code in the language; the code itself when the list does not know it. */
    public String label(SupportList list, String code, Locale locale) {
        return lists.label(list, code, locale, translator);
    }

    /** The code, if it is configured in the list; else refused on the field. */
    public String requireKnown(SupportList list, String field, String code) {
        if (code == null || code.isBlank()) {
            throw new ValidationException(field, "core.error.required");
        }
        if (!lists.contains(list, code)) {
            throw new ValidationException(field, "teachersupport.rule.unknownCode", code);
        }
        return code;
    }

    public List<String> leadTypes() {
        String[] values = config.leadTypes();
        return values == null ? List.of() : Arrays.stream(values).filter(v -> v != null && !v.isBlank())
                .map(v -> v.strip().toLowerCase(Locale.ROOT)).distinct().toList();
    }

    public boolean teacherReadsOwnRecord() {
        return config.teacherReadsOwnRecord();
    }

    public int checkpointNoticeDays() {
        return Math.max(0, config.checkpointNoticeDays());
    }

    public int maxEvidenceFileKb() {
        return Math.max(1, config.maxEvidenceFileKb());
    }

    public LeadRule lead() {
        return new LeadRule(leadTypes());
    }

    public CheckpointDueRule checkpointDue() {
        return new CheckpointDueRule(checkpointNoticeDays());
    }

    public EvidenceFileRule evidenceFile() {
        return new EvidenceFileRule(maxEvidenceFileKb());
    }
}
