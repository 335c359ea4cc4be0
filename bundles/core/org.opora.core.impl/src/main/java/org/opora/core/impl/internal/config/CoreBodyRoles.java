package org.opora.core.impl.internal.config;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opora.core.api.ListItem;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.staff.BodyRole;
import org.opora.core.api.staff.BodyRoleMeaning;
import org.opora.core.api.staff.BodyRoles;
import org.opora.core.impl.internal.rules.RoleMeanings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The roles of the functional bodies (the list {@code bodyRoles} of {@link CoreLists}) with the meanings the school
 * gave them (this component's setting {@code bodyRoleMeanings}); both read on every call, so a change in Settings
 * applies at once.
 */
@Component(service = { BodyRoles.class, CoreBodyRoles.class }, configurationPid = CoreBodyRoles.PID)
@Designate(ocd = RoleMeaningsConfig.class)
public class CoreBodyRoles implements BodyRoles {

    public static final String PID = "org.opora.core.bodyroles";
    private static final Logger LOG = LoggerFactory.getLogger(CoreBodyRoles.class);

    private final CoreLists lists;
    private volatile Map<String, BodyRoleMeaning> meanings;

    @Activate
    public CoreBodyRoles(@Reference CoreLists lists, RoleMeaningsConfig config) {
        this.lists = lists;
        modified(config);
    }

    @Modified
    void modified(RoleMeaningsConfig config) {
        meanings = Map.copyOf(RoleMeanings.parse(config.bodyRoleMeanings(),
                (line, reason) -> LOG.warn("Ignoring role meaning '{}': {}", line, reason)));
    }

    @Override
    public BodyRoleMeaning meaning(String code) {
        BodyRoleMeaning m = code == null ? null : meanings.get(code);
        return m == null ? BodyRoleMeaning.MEMBER : m;
    }

    @Override
    public List<String> codes() {
        return lists.items(ReferenceList.BODY_ROLES, null).stream().map(ListItem::code).toList();
    }

    @Override
    public List<BodyRole> roles(Locale locale) {
        return lists.items(ReferenceList.BODY_ROLES, locale).stream()
                .map(i -> new BodyRole(i.code(), i.label(), meaning(i.code()))).toList();
    }
}
