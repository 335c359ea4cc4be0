package org.opora.core.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.Sex;
import org.opora.core.api.seed.SeedClass;
import org.opora.core.api.seed.SeedPupil;
import org.opora.core.demo.internal.FamilyGenerator.Family;
import org.opora.core.demo.internal.FlagGenerator.Profile;

/**
 * About six hundred pupils, 20 to 28 a class, born so that their age suits the grade (a few a year older or a little
 * younger), each name and birth date combination once, listed by class and name.
 */
final class PupilGenerator {

    static final int MIN_CLASS_SIZE = 20;
    static final int MAX_CLASS_SIZE = 28;
    static final int MIN_PUPILS = 580;
    static final int MAX_PUPILS = 620;

    /** Pupils start school at six and a half or older: grade g is about g + 5.5 years old on 1 September. */
    private static final int YEARS_BEFORE_FIRST_GRADE = 5;
    private static final int SPREAD_DAYS = 440;
    private static final double OLDER = 0.03;
    private static final double YOUNGER = 0.01;
    private static final int MARGIN = 5;
    private static final char CAPITAL_YO = (char) 0x0401;
    private static final char CAPITAL_YE = (char) 0x0415;
    private static final char SMALL_YO = (char) 0x0451;
    private static final char SMALL_YE = (char) 0x0435;

    private final Random rnd;
    private final AcademicYear year;
    private final FamilyGenerator families;
    private final FlagGenerator flags;
    private final Comparator<SeedPupil> byName;

    PupilGenerator(Random rnd, LocalDate today, FamilyGenerator families, FlagGenerator flags) {
        this.rnd = rnd;
        this.year = AcademicYear.containing(today);
        this.families = families;
        this.flags = flags;
        this.byName = Comparator.comparing((SeedPupil p) -> alphabetical(p.name().full()));
    }

    List<SeedPupil> generate(List<SeedClass> classes) {
        int[] sizes = sizes(classes.size());
        List<Integer> grades = new ArrayList<>();
        for (int c = 0; c < classes.size(); c++) {
            for (int i = 0; i < sizes[c]; i++) {
                grades.add(classes.get(c).grade());
            }
        }
        List<Profile> profiles = flags.plan(grades);
        Set<String> seen = new HashSet<>();
        List<SeedPupil> pupils = new ArrayList<>();
        int slot = 0;
        for (int c = 0; c < classes.size(); c++) {
            List<SeedPupil> inClass = new ArrayList<>();
            for (int i = 0; i < sizes[c]; i++) {
                inClass.add(pupil(classes.get(c), profiles.get(slot++), seen));
            }
            inClass.sort(byName);
            pupils.addAll(inClass);
        }
        return pupils;
    }

    private SeedPupil pupil(SeedClass schoolClass, Profile profile, Set<String> seen) {
        Sex sex = rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE;
        LocalDate birthDate = birthDate(schoolClass.grade());
        Family family = families.family(sex, profile.underGuardianship());
        while (!seen.add(family.pupil().full() + "|" + birthDate)) {
            family = families.family(sex, profile.underGuardianship());
        }
        return new SeedPupil(family.pupil(), birthDate, sex, schoolClass.name(), family.representatives(),
                flags.flags(profile, schoolClass.grade()));
    }

    /**
     * The name as a key that sorts in Russian alphabetical order. Code points already follow the alphabet except
     * the letter yo (U+0401, U+0451), which sorts with ye; {@link java.text.Collator} would do too, but is about a
     * hundred times slower.
     */
    static String alphabetical(String name) {
        return name.replace(CAPITAL_YO, CAPITAL_YE).replace(SMALL_YO, SMALL_YE);
    }

    private LocalDate birthDate(int grade) {
        LocalDate latest = year.firstDay().minusYears(grade + (long) YEARS_BEFORE_FIRST_GRADE).minusMonths(6);
        double r = rnd.nextDouble();
        if (r < OLDER) {
            latest = latest.minusYears(1);
        } else if (r < OLDER + YOUNGER) {
            latest = latest.plusMonths(4);
        }
        return latest.minusDays(rnd.nextInt(SPREAD_DAYS));
    }

    /** Class sizes of 21-27 pupils, then evened out so that the school has 585-615 pupils. */
    private int[] sizes(int classes) {
        int[] sizes = new int[classes];
        int total = 0;
        for (int i = 0; i < classes; i++) {
            sizes[i] = MIN_CLASS_SIZE + 1 + rnd.nextInt(MAX_CLASS_SIZE - MIN_CLASS_SIZE - 1);
            total += sizes[i];
        }
        int target = MIN_PUPILS + MARGIN + rnd.nextInt(MAX_PUPILS - MIN_PUPILS - 2 * MARGIN + 1);
        while (total != target) {
            int i = rnd.nextInt(classes);
            int step = total < target ? 1 : -1;
            if (sizes[i] + step >= MIN_CLASS_SIZE && sizes[i] + step <= MAX_CLASS_SIZE) {
                sizes[i] += step;
                total += step;
            }
        }
        return sizes;
    }
}
