package org.opora.core.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.seed.SeedFlag;

/**
 * Status flags in realistic shares: exact counts are drawn, not coin flips, so every seed shows each flag. Flags
 * are set within the last three years, never before the pupil started school and never in the future; a few
 * at-risk and ovz periods are already cleared.
 */
final class FlagGenerator {

    static final String OVZ = "ovz";
    static final String DISABLED = "disabled";
    static final String GIFTED = "gifted";
    static final String AT_RISK = "at-risk";
    static final String GUARDIANSHIP = "guardianship";

    static final double OVZ_SHARE = 0.05;
    static final double DISABLED_SHARE = 0.015;
    static final double GIFTED_SHARE = 0.06;
    static final double AT_RISK_SHARE = 0.04;
    static final double GUARDIANSHIP_SHARE = 0.02;

    private static final int CLEARED_AT_RISK = 4;
    private static final int CLEARED_OVZ = 1;
    private static final int FIRST_AT_RISK_GRADE = 5;
    private static final int FIRST_GIFTED_GRADE = 2;
    private static final int YEARS_BACK = 3;
    private static final int FIRST_CLEARED_OVZ_GRADE = 3;
    /** A cleared flag was set at least this long ago, so that it applied for a while and was cleared in the past. */
    private static final int MIN_DAYS_SINCE_CLEARED_SET = 240;
    private static final int MIN_DAYS_FLAGGED = 90;
    private static final int MAX_DAYS_FLAGGED = 365;

    /** The flags one pupil gets: applying now, and cleared in the past. */
    record Profile(Set<String> active, Set<String> cleared) {

        boolean underGuardianship() {
            return active.contains(GUARDIANSHIP);
        }
    }

    private final DemoWords words;
    private final Random rnd;
    private final AcademicYear year;
    private final LocalDate today;

    FlagGenerator(DemoWords words, Random rnd, LocalDate today) {
        this.words = words;
        this.rnd = rnd;
        this.today = today;
        this.year = AcademicYear.containing(today);
    }

    /** The profiles of all pupils, given their grades in order. */
    List<Profile> plan(List<Integer> grades) {
        int n = grades.size();
        List<Profile> profiles = IntStream.range(0, n)
                .mapToObj(i -> new Profile(new LinkedHashSet<>(), new LinkedHashSet<>())).toList();
        pick(profiles, GUARDIANSHIP, share(n, GUARDIANSHIP_SHARE), i -> true, false);
        pick(profiles, AT_RISK, share(n, AT_RISK_SHARE), i -> grades.get(i) >= FIRST_AT_RISK_GRADE, false);
        pick(profiles, OVZ, share(n, OVZ_SHARE), i -> true, false);
        int disabled = share(n, DISABLED_SHARE);
        int disabledWithOvz = (2 * disabled + 2) / 3;
        pick(profiles, DISABLED, disabledWithOvz, i -> profiles.get(i).active().contains(OVZ), false);
        pick(profiles, DISABLED, disabled - disabledWithOvz, i -> true, false);
        pick(profiles, GIFTED, share(n, GIFTED_SHARE), i -> grades.get(i) >= FIRST_GIFTED_GRADE
                && !profiles.get(i).active().contains(OVZ) && !profiles.get(i).active().contains(AT_RISK), false);
        pick(profiles, AT_RISK, CLEARED_AT_RISK,
                i -> grades.get(i) > FIRST_AT_RISK_GRADE && !profiles.get(i).active().contains(AT_RISK), true);
        pick(profiles, OVZ, CLEARED_OVZ,
                i -> grades.get(i) >= FIRST_CLEARED_OVZ_GRADE && profiles.get(i).active().isEmpty(), true);
        return profiles;
    }

    /** The dated flags of a pupil of the grade, oldest first. */
    List<SeedFlag> flags(Profile profile, int grade) {
        LocalDate earliest = Days.max(today.minusYears(YEARS_BACK), year.firstDay().minusYears(grade - 1L));
        List<SeedFlag> flags = new ArrayList<>();
        for (String flag : profile.active()) {
            LocalDate setOn = Days.workdayBetween(rnd, earliest, today);
            flags.add(new SeedFlag(flag, setOn, note(flag, setOn, grade), null));
        }
        for (String flag : profile.cleared()) {
            LocalDate setOn = Days.workdayBetween(rnd, earliest, today.minusDays(MIN_DAYS_SINCE_CLEARED_SET));
            LocalDate clearedOn = Days.workdayBetween(rnd, setOn.plusDays(MIN_DAYS_FLAGGED),
                    Days.min(setOn.plusDays(MAX_DAYS_FLAGGED), today.minusDays(1)));
            flags.add(new SeedFlag(flag, setOn, note(flag, setOn, grade), clearedOn));
        }
        flags.sort(Comparator.comparing(SeedFlag::setOn).thenComparing(SeedFlag::flag));
        return flags;
    }

    private String note(String flag, LocalDate setOn, int grade) {
        return switch (flag) {
            case OVZ -> words.text("flag.ovz.note", 10 + rnd.nextInt(390), Days.format(before(setOn, 20)));
            case DISABLED -> {
                LocalDate issued = before(setOn, 30);
                yield words.text("flag.disabled.note", issued.getYear(), 1_000_000 + rnd.nextInt(9_000_000),
                        Days.format(issued));
            }
            case GUARDIANSHIP -> words.text("flag.guardianship.note", 100 + rnd.nextInt(900),
                    Days.format(before(setOn, 10)));
            case AT_RISK -> DemoWords.fill(oneOf(words.texts("flag.at-risk.note")), 1 + rnd.nextInt(12),
                    Days.format(setOn));
            case GIFTED -> giftedNote(grade);
            default -> "";
        };
    }

    /** An achievement open to the grade: each note starts with the lowest grade it suits, e.g. olympiads from 4. */
    private String giftedNote(int grade) {
        List<String> suitable = words.texts("flag.gifted.note").stream()
                .map(n -> DemoWords.split("flag.gifted.note", n, 2))
                .filter(n -> Integer.parseInt(n[0]) <= grade).map(n -> n[1]).toList();
        return suitable.isEmpty() ? "" : oneOf(suitable);
    }

    /** The working day of a paper the flag rests on, up to {@code days} before the flag was set. */
    private LocalDate before(LocalDate setOn, int days) {
        return Days.workday(setOn.minusDays(rnd.nextInt(days + 1)), LocalDate.MIN, setOn);
    }

    private String oneOf(List<String> options) {
        return options.get(rnd.nextInt(options.size()));
    }

    /** Gives the flag to {@code count} eligible pupils drawn at random. */
    private void pick(List<Profile> profiles, String flag, int count, IntPredicate eligible, boolean cleared) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, profiles.size()).boxed().toList());
        Collections.shuffle(order, rnd);
        int taken = 0;
        for (int i : order) {
            if (taken == count) {
                return;
            }
            Profile p = profiles.get(i);
            if (eligible.test(i) && !p.active().contains(flag) && !p.cleared().contains(flag)
                    && (cleared ? p.cleared() : p.active()).add(flag)) {
                taken++;
            }
        }
    }

    private static int share(int pupils, double share) {
        return (int) Math.round(pupils * share);
    }
}
