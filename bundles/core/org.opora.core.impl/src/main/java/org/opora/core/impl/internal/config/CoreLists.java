package org.opora.core.impl.internal.config;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opora.core.api.ListItem;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ReferenceLists;
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
 * The configured reference lists. Built-in codes have labels {@code core.list.<list>.<code>} in the message
 * bundle; a school's own label ({@code code = Label}) is used in Russian, and for codes the bundle does not know.
 */
@Component(service = { ReferenceLists.class, CoreLists.class }, configurationPid = CoreLists.PID)
@Designate(ocd = ListsConfig.class)
public class CoreLists implements ReferenceLists {

    public static final String PID = "org.opora.core.lists";
    private static final Logger LOG = LoggerFactory.getLogger(CoreLists.class);

    private volatile ConfiguredLists<ReferenceList> lists;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Translator translator;

    @Activate
    public CoreLists(ListsConfig config) {
        modified(config);
    }

    @Modified
    void modified(ListsConfig config) {
        Map<ReferenceList, String[]> m = new EnumMap<>(ReferenceList.class);
        m.put(ReferenceList.PUPIL_FLAGS, config.pupilFlags());
        m.put(ReferenceList.SPECIALIST_TYPES, config.specialistTypes());
        m.put(ReferenceList.BODIES, config.bodies());
        m.put(ReferenceList.BODY_ROLES, config.bodyRoles());
        m.put(ReferenceList.AGENCY_KINDS, config.agencyKinds());
        m.put(ReferenceList.DOCUMENT_TYPES, config.documentTypes());
        m.put(ReferenceList.DIRECTIONS, config.directions());
        m.put(ReferenceList.RELATIONS, config.relations());
        lists = ConfiguredLists.of(m, CoreLists::key,
                (entry, reason) -> LOG.warn("Ignoring reference list entry '{}': {}", entry, reason));
    }

    /** Parses the entries; a malformed line is skipped with a warning rather than breaking every form. */
    static List<ListItem> parse(String[] entries) {
        return ListItem.parseAll(entries,
                (entry, reason) -> LOG.warn("Ignoring reference list entry '{}': {}", entry, reason));
    }

    @Override
    public List<ListItem> items(ReferenceList list, Locale locale) {
        return lists.items(list, locale, translator);
    }

    /** {@code core.list.pupil-flags.ovz}. */
    public static String key(ReferenceList list, String code) {
        return "core.list." + list.name().toLowerCase(Locale.ROOT).replace('_', '-') + "." + code;
    }

    /** Whether the code is configured in the list (labels do not matter). */
    public boolean contains(ReferenceList list, String code) {
        return lists.contains(list, code);
    }
}
