package org.opora.core.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.seed.SchoolSeed;
import org.opora.core.api.seed.SeedClass;
import org.opora.core.api.seed.SeedDocument;
import org.opora.core.api.seed.SeedPupil;

/**
 * Generates the demo school: staff with the six demo accounts, 25 classes with about 600 pupils, their
 * representatives and status flags, the director's orders, the structure of the support service, documents,
 * external agencies and interactions, as a {@link SchoolSeed} marked as demo data. The result depends only on the
 * seed and on "today" (no clock, no hash order), so the same seed always yields the same school. The words come from
 * UTF-8 resources under {@code /demo/}; an instance is immutable after construction and may be shared between
 * threads.
 */
public final class DemoSchoolGenerator {

    /** Classes in grades 1 to 11; 25 in all. */
    private static final int[] CLASSES_PER_GRADE = {3, 3, 3, 2, 3, 2, 3, 2, 2, 1, 1};

    private final DemoWords words;
    private final RussianNames names;

    /** Reads the word lists; throws {@link IllegalStateException} when a resource is missing or malformed. */
    public DemoSchoolGenerator() {
        this.words = new DemoWords();
        this.names = new RussianNames(words);
    }

    /**
     * The demo school for a seed as of a day.
     *
     * @param seed  the seed of the random choices
     * @param today the day the data is generated for: the current academic year contains it and no date except
     *              the due day of a next step lies after it
     */
    public SchoolSeed generate(long seed, LocalDate today) {
        Objects.requireNonNull(today, "today");
        Random rnd = new Random(seed);
        Contacts contacts = new Contacts(rnd);
        StaffGenerator.Result staff = new StaffGenerator(words, names, rnd, contacts).generate(classes());
        FamilyGenerator families = new FamilyGenerator(names, rnd, contacts);
        FlagGenerator flags = new FlagGenerator(words, rnd, today);
        List<SeedPupil> pupils = new PupilGenerator(rnd, today, families, flags).generate(staff.classes());
        StructureGenerator.Result structure = new StructureGenerator(words, rnd, today)
                .generate(staff.staff(), staff.classes());
        String name = words.text("school.name");
        List<SeedDocument> documents = new DocumentGenerator(words, today).generate(name, staff.staff(),
                pupils);
        AgencyGenerator.Result agencies = new AgencyGenerator(words, names, rnd, today).generate(pupils);
        return new SchoolSeed(name, words.text("school.number"), words.text("school.address"),
                AcademicYear.containing(today), StaffGenerator.DIRECTOR, staff.staff(), staff.classes(), pupils,
                structure.orders(), structure.head(), structure.members(), documents, agencies.agencies(),
                agencies.interactions(), true);
    }

    /** The classes without class teachers yet, by grade and letter. */
    private List<SeedClass> classes() {
        String[] letters = words.text("class.letters").split(",");
        List<SeedClass> classes = new ArrayList<>();
        for (int grade = 1; grade <= CLASSES_PER_GRADE.length; grade++) {
            for (int i = 0; i < CLASSES_PER_GRADE[grade - 1]; i++) {
                classes.add(new SeedClass(grade, letters[i].strip(), null));
            }
        }
        return classes;
    }
}
