package org.opora.patronage.impl.internal.config;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import org.opora.core.api.ListItem;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ReferenceLists;
import org.opora.patronage.api.PatronageSettings;
import org.opora.patronage.api.PatronageSettingsService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The school's patronage settings as the views read them. Categories are pupil flags and specialist types are the
 * core's: their labels are the core's lists' labels, so a school names them once.
 */
@Component
public class PatronageSettingsServiceImpl implements PatronageSettingsService {

    private final PatronageRules rules;
    private final ReferenceLists lists;

    @Activate
    public PatronageSettingsServiceImpl(@Reference PatronageRules rules, @Reference ReferenceLists lists) {
        this.rules = rules;
        this.lists = lists;
    }

    @Override
    public PatronageSettings settings(Locale locale) {
        return new PatronageSettings(labelled(ReferenceList.PUPIL_FLAGS, rules.categories(), locale),
                new HashSet<>(rules.mandatoryCategories()), rules.coordinatorType(),
                labelled(ReferenceList.SPECIALIST_TYPES, rules.specialistTypes(), locale),
                rules.contactIntervalDays(), rules.orderRequired());
    }

    private List<ListItem> labelled(ReferenceList list, List<String> codes, Locale locale) {
        return codes.stream().map(code -> new ListItem(code, lists.label(list, code, locale))).toList();
    }
}
