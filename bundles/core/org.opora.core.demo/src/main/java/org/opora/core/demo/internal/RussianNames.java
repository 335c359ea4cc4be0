package org.opora.core.demo.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.opora.core.api.PersonName;
import org.opora.core.api.Sex;

/**
 * Russian names with correct gender agreement. Feminine surnames and patronymics are stored beside the masculine
 * forms rather than derived by rules, because the rules have too many exceptions (Ilya gives Ilyich and Ilyinichna).
 */
final class RussianNames {

    /** Who a given name suits: pupils, their parents and teachers, or the fathers of those adults. */
    enum Generation {
        CHILD('c'), ADULT('a'), ELDER('o');

        private final char usage;

        Generation(char usage) {
            this.usage = usage;
        }

        /** The generation whose names give the patronymics of this one. */
        Generation parents() {
            return this == CHILD ? ADULT : ELDER;
        }
    }

    /** A male given name with the patronymics of his son and his daughter. */
    record MaleName(String name, String sonsPatronymic, String daughtersPatronymic, String usage) {

        String patronymicFor(Sex sex) {
            return sex == Sex.MALE ? sonsPatronymic : daughtersPatronymic;
        }
    }

    /** A surname in both forms. */
    record Surname(String male, String female) {

        String of(Sex sex) {
            return sex == Sex.MALE ? male : female;
        }
    }

    private final List<MaleName> maleNames = new ArrayList<>();
    private final Map<Generation, List<MaleName>> men = new EnumMap<>(Generation.class);
    private final List<String> girls;
    private final List<String> women;
    private final List<Surname> surnames = new ArrayList<>();
    private final Map<String, String> latin = new HashMap<>();

    RussianNames(DemoWords words) {
        for (String[] row : words.table("male-names.txt", 4)) {
            maleNames.add(new MaleName(row[0], row[1], row[2], row[3]));
        }
        for (Generation g : Generation.values()) {
            men.put(g, maleNames.stream().filter(n -> suits(n.usage(), g)).toList());
        }
        List<String[]> female = words.table("female-names.txt", 2);
        girls = female.stream().filter(n -> suits(n[1], Generation.CHILD)).map(n -> n[0]).toList();
        women = female.stream().filter(n -> suits(n[1], Generation.ADULT)).map(n -> n[0]).toList();
        for (String[] row : words.table("surnames.txt", 2)) {
            surnames.add(new Surname(row[0], row[1]));
        }
        for (String[] row : words.table("translit.txt", 2)) {
            latin.put(row[0], row[1]);
        }
    }

    Surname surname(Random rnd) {
        return surnames.get(rnd.nextInt(surnames.size()));
    }

    MaleName maleName(Random rnd, Generation generation) {
        List<MaleName> suitable = men.get(generation);
        return suitable.get(rnd.nextInt(suitable.size()));
    }

    String femaleName(Random rnd, Generation generation) {
        List<String> suitable = generation == Generation.CHILD ? girls : women;
        return suitable.get(rnd.nextInt(suitable.size()));
    }

    String givenName(Random rnd, Sex sex, Generation generation) {
        return sex == Sex.MALE ? maleName(rnd, generation).name() : femaleName(rnd, generation);
    }

    /** A person of the generation with a random surname, given name and a patronymic from a random father. */
    PersonName person(Random rnd, Sex sex, Generation generation) {
        return person(rnd, surname(rnd), sex, generation);
    }

    /** A person of the family with the surname in the form for the sex. */
    PersonName person(Random rnd, Surname surname, Sex sex, Generation generation) {
        String given = givenName(rnd, sex, generation);
        return new PersonName(surname.of(sex), given, maleName(rnd, generation.parents()).patronymicFor(sex));
    }

    /** The feminine form of a masculine surname of the list. */
    Optional<String> feminine(String maleSurname) {
        return surnames.stream().filter(s -> s.male().equals(maleSurname)).map(Surname::female).findFirst();
    }

    /** The patronymic a child of the sex has whose father bears the given name. */
    Optional<String> patronymic(String fathersName, Sex sex) {
        return maleNames.stream().filter(n -> n.name().equals(fathersName)).map(n -> n.patronymicFor(sex))
                .findFirst();
    }

    /** Lower-case Latin letters for an e-mail address; characters other than letters, digits and dashes drop. */
    String latin(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            String mapped = latin.get(String.valueOf(c));
            if (mapped != null) {
                sb.append(mapped);
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean suits(String usage, Generation generation) {
        return usage.indexOf(generation.usage) >= 0;
    }
}
