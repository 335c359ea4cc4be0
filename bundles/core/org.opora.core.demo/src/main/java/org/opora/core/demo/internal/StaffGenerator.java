package org.opora.core.demo.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.opora.core.api.PersonName;
import org.opora.core.api.Sex;
import org.opora.core.api.seed.SeedClass;
import org.opora.core.api.seed.SeedStaff;
import org.opora.core.api.staff.StaffDraft;

/**
 * The staff of the demo school: the six demo accounts, the support service specialists, a class teacher for every
 * class and subject teachers, about sixty people in all.
 */
final class StaffGenerator {

    static final String DIRECTOR = "director";
    static final String DEPUTY = "deputy";
    static final String HEAD = "head";
    static final String PSYCHOLOGIST = "psychologist";
    static final String SOCPED = "socped";
    static final String TEACHER = "teacher";

    static final String CLASS_TEACHER = "class-teacher";
    static final String SUBJECT_TEACHER = "subject-teacher";
    static final String MENTOR = "mentor";

    static final int MIN_STAFF = 57;
    static final int MAX_STAFF = 63;
    static final int HIGHEST_PRIMARY_GRADE = 4;

    private static final double PRIMARY_WOMEN = 0.97;

    /** The staff and the classes with their class teachers. */
    record Result(List<SeedStaff> staff, List<SeedClass> classes) {
    }

    private final DemoWords words;
    private final RussianNames names;
    private final Random rnd;
    private final Contacts contacts;
    private final List<SeedStaff> staff = new ArrayList<>();
    private final Set<String> fullNames = new HashSet<>();
    private final Map<String, String> teacherOf = new HashMap<>();

    StaffGenerator(DemoWords words, RussianNames names, Random rnd, Contacts contacts) {
        this.words = words;
        this.names = names;
        this.rnd = rnd;
        this.contacts = contacts;
    }

    /** Generates the staff for classes whose class teacher is not set yet. */
    Result generate(List<SeedClass> classes) {
        int target = MIN_STAFF + rnd.nextInt(MAX_STAFF - MIN_STAFF + 1);
        accounts();
        for (String[] row : words.table("specialists.txt", 4)) {
            add(row[0], row[1], types(row[2]), "", person(Double.parseDouble(row[3])));
        }
        int n = 1;
        for (SeedClass c : classes) {
            if (c.grade() <= HIGHEST_PRIMARY_GRADE && !teacherOf.containsKey(c.name())) {
                String key = "primary-" + Contacts.digits(n++, 2);
                add(key, words.text("position.primary"), List.of(CLASS_TEACHER, SUBJECT_TEACHER), "",
                        person(PRIMARY_WOMEN));
                teacherOf.put(c.name(), key);
            }
        }
        List<SeedClass> secondary = classes.stream().filter(c -> !teacherOf.containsKey(c.name())).toList();
        subjectTeachers(Math.max(target - staff.size(), secondary.size()), secondary);
        List<SeedClass> led = classes.stream()
                .map(c -> new SeedClass(c.grade(), c.letter(), teacherOf.get(c.name()))).toList();
        return new Result(List.copyOf(staff), led);
    }

    private void accounts() {
        for (String entry : words.texts("account")) {
            String[] row = DemoWords.split("account", entry, 5);
            PersonName name = PersonName.parse(row[1]);
            fullNames.add(name.full());
            add(row[0], row[2], types(row[3]), row[0], name);
            if (!row[4].isEmpty()) {
                teacherOf.put(row[4], row[0]);
            }
        }
    }

    private void subjectTeachers(int count, List<SeedClass> classesToLead) {
        List<String[]> subjects = words.table("subjects.txt", 3);
        List<String[]> chosen = subjectsOf(subjects, count);
        List<Integer> leaders = new ArrayList<>(IntStream.range(0, count).boxed().toList());
        Collections.shuffle(leaders, rnd);
        Map<Integer, SeedClass> leads = new HashMap<>();
        for (int i = 0; i < classesToLead.size(); i++) {
            leads.put(leaders.get(i), classesToLead.get(i));
        }
        for (int i = 0; i < count; i++) {
            String key = "teacher-" + Contacts.digits(i + 1, 2);
            List<String> types = new ArrayList<>(List.of(SUBJECT_TEACHER));
            if (leads.containsKey(i)) {
                types.add(CLASS_TEACHER);
                teacherOf.put(leads.get(i).name(), key);
            }
            if (i == 0) {
                types.add(MENTOR);
            }
            String[] subject = chosen.get(i);
            add(key, subject[0], types, "", person(Double.parseDouble(subject[2])));
        }
    }

    /** One teacher of every subject, the rest as the school usually has them, grouped by subject in file order. */
    private List<String[]> subjectsOf(List<String[]> subjects, int count) {
        List<String[]> chosen = new ArrayList<>(subjects);
        List<String[]> usual = new ArrayList<>();
        for (String[] s : subjects) {
            usual.addAll(Collections.nCopies(Integer.parseInt(s[1]) - 1, s));
        }
        Collections.shuffle(usual, rnd);
        for (int i = 0; chosen.size() < count; i++) {
            chosen.add(i < usual.size() ? usual.get(i) : subjects.get(rnd.nextInt(subjects.size())));
        }
        chosen.subList(count, chosen.size()).clear();
        chosen.sort(Comparator.comparingInt(subjects::indexOf));
        return chosen;
    }

    private PersonName person(double shareOfWomen) {
        Sex sex = rnd.nextDouble() < shareOfWomen ? Sex.FEMALE : Sex.MALE;
        PersonName name = names.person(rnd, sex, RussianNames.Generation.ADULT);
        while (!fullNames.add(name.full())) {
            name = names.person(rnd, sex, RussianNames.Generation.ADULT);
        }
        return name;
    }

    private void add(String key, String position, List<String> types, String username, PersonName name) {
        String local = names.latin(name.surname()) + "." + names.latin(name.name()).charAt(0)
                + names.latin(name.patronymic()).charAt(0);
        String email = contacts.email(local, Contacts.SCHOOL_DOMAIN);
        staff.add(new SeedStaff(key, new StaffDraft(name, position, types, username, contacts.workPhone(), email)));
    }

    private static List<String> types(String codes) {
        return Arrays.stream(codes.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
