package org.opora.consilium.impl.internal.config;

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
 * The configured lists of signs, monitoring surveys and decisions. Built-in codes have labels
 * {@code consilium.list.<list>.<code>} in the message bundle; a school's own label ({@code code = Label}) is used
 * in Russian, and for codes the bundle does not know.
 */
@Component(service = ConsiliumLists.class, configurationPid = ConsiliumLists.PID)
@Designate(ocd = ListsConfig.class)
public class ConsiliumLists {

    public static final String PID = "org.opora.consilium.lists";
    private static final Logger LOG = LoggerFactory.getLogger(ConsiliumLists.class);

    private volatile ConfiguredLists<ConsiliumList> lists;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Translator translator;

    @Activate
    public ConsiliumLists(ListsConfig config) {
        modified(config);
    }

    @Modified
    void modified(ListsConfig config) {
        Map<ConsiliumList, String[]> m = new EnumMap<>(ConsiliumList.class);
        m.put(ConsiliumList.SIGNS, config.signs());
        m.put(ConsiliumList.MONITORING_KINDS, config.monitoringKinds());
        m.put(ConsiliumList.DECISION_TYPES, config.decisionTypes());
        lists = ConfiguredLists.of(m, (list, code) -> list.key(code),
                (entry, reason) -> LOG.warn("Ignoring consilium list entry '{}': {}", entry, reason));
    }

    /** Parses the entries; a malformed line is skipped with a warning rather than breaking every form. */
    static List<ListItem> parse(String[] entries) {
        return ListItem.parseAll(entries,
                (entry, reason) -> LOG.warn("Ignoring consilium list entry '{}': {}", entry, reason));
    }

    /** The list labelled in the language. */
    public List<ListItem> items(ConsiliumList list, Locale locale) {
        return lists.items(list, locale, translator);
    }

    /** Whether the code is configured in the list (labels do not matter). */
    public boolean contains(ConsiliumList list, String code) {
        return lists.contains(list, code);
    }
}
