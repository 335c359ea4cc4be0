package org.opora.core.impl.internal.exchange;

import java.time.LocalDate;
import java.util.List;

import org.opora.core.api.ListItem;
import org.opora.core.api.PersonName;

/**
 * What the row parsers need to know about the school: the configured rules and reference lists, and which records
 * exist already. The exchange service implements it against the database and its configuration.
 */
public interface ImportContext {

    /** The day ages are counted on. */
    LocalDate today();

    /** The highest grade of the school (configuration, 11 by default). */
    int highestGrade();

    /** The youngest age a pupil may have (configuration, 5 by default). */
    int minPupilAge();

    /** The oldest age a pupil may have (configuration, 25 by default). */
    int maxPupilAge();

    /** The relations of legal representatives, labelled in the school's language. */
    List<ListItem> relations();

    /** The specialist types of staff, labelled in the school's language. */
    List<ListItem> specialistTypes();

    /** Whether a pupil with this name and date of birth is on record (current or archived). */
    boolean pupilExists(PersonName name, LocalDate birthDate);

    /** Whether a platform account is already linked to a staff member. */
    boolean usernameTaken(String username);

    /** Whether the class, e.g. "5A", exists in the current academic year. */
    boolean classExists(String className);
}
