package org.opora.patronage.api;

import java.util.List;
import java.util.Set;

import org.opora.core.api.ListItem;

/**
 * The school's variant of regulation 003 as the views need it, labelled for a language.
 *
 * @param categories           the categories of patronage: codes of the core's pupil flags, labelled as the core
 *                             labels them (deviant behaviour, failing pupils, the at-risk group …)
 * @param mandatory            the codes of the categories for which patronage is mandatory (003 section 1.3)
 * @param coordinatorType      the specialist type of the staff who coordinate (003 section 2.2: the social pedagogue)
 * @param specialistTypes      the specialist types the coordinator may assign to a case (psychologist, school
 *                             inspector, doctor, social pedagogue), labelled
 * @param contactIntervalDays  the curator contacts the pupil or the family at least every so many days; 0 for no
 *                             such rule
 * @param orderRequired        whether a curator is appointed only by a registered order of the director
 */
public record PatronageSettings(List<ListItem> categories, Set<String> mandatory, String coordinatorType,
        List<ListItem> specialistTypes, int contactIntervalDays, boolean orderRequired) {

    public PatronageSettings {
        categories = List.copyOf(categories);
        mandatory = Set.copyOf(mandatory);
        specialistTypes = List.copyOf(specialistTypes);
    }

    /** The label of a category; the code itself when it is no longer configured (old cases stay readable). */
    public String categoryLabel(String code) {
        return categories.stream().filter(i -> i.code().equals(code)).map(ListItem::label).findFirst().orElse(code);
    }

    /** The label of a specialist type; the code itself when it is not configured. */
    public String specialistLabel(String code) {
        return specialistTypes.stream().filter(i -> i.code().equals(code)).map(ListItem::label).findFirst()
                .orElse(code);
    }
}
