package org.opora.core.impl.internal.exchange;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.ListItem;
import org.opora.core.api.PersonName;
import org.opora.core.api.ReferenceList;
import org.opora.core.impl.internal.config.CoreLists;
import org.opora.core.impl.internal.config.CoreRules;
import org.opora.core.impl.internal.model.Names;

/**
 * What the row checks need from the school, read once per file: current pupils (name and birth date), linked
 * accounts, the current year's classes, the configured rules and lists (labels in Russian and English, so a file
 * may use either).
 */
final class DatabaseImportContext implements ImportContext {

    private final LocalDate today;
    private final CoreRules rules;
    private final CoreLists lists;
    private final Set<String> pupils = new HashSet<>();
    private final Set<String> usernames = new HashSet<>();
    private final Set<String> classes = new HashSet<>();

    DatabaseImportContext(EntityManager em, AcademicYear year, LocalDate today, CoreRules rules, CoreLists lists) {
        this.today = today;
        this.rules = rules;
        this.lists = lists;
        for (Object[] p : em.createQuery("select p.searchName, p.birthDate from PupilEntity p"
                + " where p.archived = :no", Object[].class).setParameter("no", false).getResultList()) {
            pupils.add(p[0] + "|" + p[1]);
        }
        usernames.addAll(em.createQuery("select s.username from StaffEntity s where s.username is not null",
                String.class).getResultList());
        em.createQuery("select c.grade, c.letter from ClassEntity c where c.year = :y", Object[].class)
                .setParameter("y", year.startYear()).getResultList().forEach(c -> classes.add(c[0] + "" + c[1]));
    }

    @Override
    public LocalDate today() {
        return today;
    }

    @Override
    public int highestGrade() {
        return rules.highestGrade();
    }

    @Override
    public int minPupilAge() {
        return rules.minPupilAge();
    }

    @Override
    public int maxPupilAge() {
        return rules.maxPupilAge();
    }

    @Override
    public List<ListItem> relations() {
        return both(ReferenceList.RELATIONS);
    }

    @Override
    public List<ListItem> specialistTypes() {
        return both(ReferenceList.SPECIALIST_TYPES);
    }

    /** The list labelled in Russian, then again in English: a file may be written in either language. */
    private List<ListItem> both(ReferenceList list) {
        List<ListItem> items = new java.util.ArrayList<>(lists.items(list, Locale.forLanguageTag("ru")));
        items.addAll(lists.items(list, Locale.ENGLISH));
        return items;
    }

    @Override
    public boolean pupilExists(PersonName name, LocalDate birthDate) {
        return pupils.contains(Names.searchKey(name) + "|" + birthDate);
    }

    @Override
    public boolean usernameTaken(String username) {
        return usernames.contains(username);
    }

    @Override
    public boolean classExists(String className) {
        return classes.contains(className);
    }
}
