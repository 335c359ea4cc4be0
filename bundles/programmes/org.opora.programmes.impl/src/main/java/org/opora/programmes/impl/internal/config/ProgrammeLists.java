package org.opora.programmes.impl.internal.config;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opora.core.api.ListItem;
import org.opora.platform.api.i18n.Translator;
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
import org.opora.core.support.ConfiguredLists;

/**
 * The configured lists of risk categories, directions of help (regulation 002: pedagogical, psychological,
 * leisure and employment, medical, social), targets of activities (pupil, parents, teaching staff) and what parents
 * choose for an individual plan (regulation 001, §4.4: lessons, activities, forms of work). Built-in codes have
 * labels {@code programmes.list.<list>.<code>} in the message bundle; a school's own label ({@code code = Label}) is
 * used in Russian, and for codes the bundle does not know.
 */
@Component(service = ProgrammeLists.class, configurationPid = ProgrammeLists.PID)
@Designate(ocd = ListsConfig.class)
public class ProgrammeLists {

    public static final String PID = "org.opora.programmes.lists";
    private static final Logger LOG = LoggerFactory.getLogger(ProgrammeLists.class);

    private volatile ConfiguredLists<ProgrammeList> lists;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile Translator translator;

    @Activate
    public ProgrammeLists(ListsConfig config) {
        modified(config);
    }

    @Modified
    void modified(ListsConfig config) {
        Map<ProgrammeList, String[]> m = new EnumMap<>(ProgrammeList.class);
        m.put(ProgrammeList.RISK_CATEGORIES, config.riskCategories());
        m.put(ProgrammeList.HELP_DIRECTIONS, config.helpDirections());
        m.put(ProgrammeList.ACTIVITY_TARGETS, config.activityTargets());
        m.put(ProgrammeList.PLAN_CHOICE_KINDS, config.planChoiceKinds());
        lists = ConfiguredLists.of(m, (list, code) -> list.key(code),
                (entry, reason) -> LOG.warn("Ignoring programmes list entry '{}': {}", entry, reason));
    }

    /** Parses the entries; a malformed line is skipped with a warning rather than breaking every form. */
    static List<ListItem> parse(String[] entries) {
        return ListItem.parseAll(entries,
                (entry, reason) -> LOG.warn("Ignoring programmes list entry '{}': {}", entry, reason));
    }

    /** The list labelled in the language. */
    public List<ListItem> items(ProgrammeList list, Locale locale) {
        return lists.items(list, locale, translator);
    }

    /** The label of a code in the language; the code itself when the list does not know it. */
    public String label(ProgrammeList list, String code, Locale locale) {
        return lists.label(list, code, locale, translator);
    }

    /** Whether the code is configured in the list (labels do not matter). */
    public boolean contains(ProgrammeList list, String code) {
        return lists.contains(list, code);
    }
}
