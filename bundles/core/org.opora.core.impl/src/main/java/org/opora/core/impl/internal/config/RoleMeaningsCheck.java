package org.opora.core.impl.internal.config;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.opora.core.api.ListItem;
import org.opora.core.api.ReferenceList;
import org.opora.core.impl.internal.rules.RoleMeanings;
import org.opora.platform.api.settings.SettingProblem;
import org.opora.platform.api.settings.SettingsCheck;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Checks the meanings of the roles against the configured list of roles before they are stored. */
@Component(property = SettingsCheck.PID + "=" + CoreBodyRoles.PID)
public class RoleMeaningsCheck implements SettingsCheck {

    private final CoreLists lists;

    @Activate
    public RoleMeaningsCheck(@Reference CoreLists lists) {
        this.lists = lists;
    }

    @Override
    public Optional<SettingProblem> check(String attribute, List<String> values) {
        if (!"bodyRoleMeanings".equals(attribute)) {
            return Optional.empty();
        }
        return RoleMeanings.check(values, new LinkedHashSet<>(lists.items(ReferenceList.BODY_ROLES, null).stream()
                .map(ListItem::code).toList()));
    }
}
