package org.opora.core.demo.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import org.opora.core.api.Sex;
import org.opora.core.api.agency.AgencyDraft;
import org.opora.core.api.seed.SeedFlag;
import org.opora.core.api.seed.SeedInteraction;
import org.opora.core.api.seed.SeedPupil;

/**
 * External agencies (000 section 4.4) with fictional names and contacts, and interactions with them over the last
 * months, some about an at-risk pupil or a pupil under guardianship, the recent ones with a next step still due.
 */
final class AgencyGenerator {

    static final int MIN_INTERACTIONS = 12;
    static final int MAX_INTERACTIONS = 16;

    private static final int DAYS_BACK = 150;
    private static final int RECENT_DAYS = 45;
    private static final String NO_PUPIL = "-";
    private static final int MAX_ATTEMPTS = 20;

    /** The agencies and the interactions, by date. */
    record Result(List<AgencyDraft> agencies, List<SeedInteraction> interactions) {
    }

    private final DemoWords words;
    private final RussianNames names;
    private final Random rnd;
    private final LocalDate today;

    AgencyGenerator(DemoWords words, RussianNames names, Random rnd, LocalDate today) {
        this.words = words;
        this.names = names;
        this.rnd = rnd;
        this.today = today;
    }

    Result generate(List<SeedPupil> pupils) {
        List<AgencyDraft> agencies = new ArrayList<>();
        Map<String, AgencyDraft> byKey = new HashMap<>();
        for (String[] row : words.table("agencies.txt", 8)) {
            Sex sex = rnd.nextDouble() < Double.parseDouble(row[7]) ? Sex.FEMALE : Sex.MALE;
            String contact = words.text("agency.contact",
                    names.person(rnd, sex, RussianNames.Generation.ADULT).full(), row[6]);
            AgencyDraft agency = new AgencyDraft(row[1], row[2], row[3], row[4], row[5], contact);
            agencies.add(agency);
            byKey.put(row[0], agency);
        }
        List<String[]> templates = new ArrayList<>(words.table("interactions.txt", 6));
        Collections.shuffle(templates, rnd);
        int count = Math.min(templates.size(),
                MIN_INTERACTIONS + rnd.nextInt(MAX_INTERACTIONS - MIN_INTERACTIONS + 1));
        List<SeedInteraction> interactions = new ArrayList<>();
        for (String[] t : templates.subList(0, count)) {
            AgencyDraft agency = byKey.get(t[0]);
            if (agency == null) {
                throw new IllegalStateException("interactions.txt names an unknown agency: " + t[0]);
            }
            interactions.add(interaction(agency, t, pupils));
        }
        interactions.sort(Comparator.comparing(SeedInteraction::date).thenComparing(SeedInteraction::subject));
        ensureOpenNextStep(interactions);
        return new Result(agencies, interactions);
    }

    private SeedInteraction interaction(AgencyDraft agency, String[] t, List<SeedPupil> pupils) {
        LocalDate earliest = today.minusDays(DAYS_BACK);
        Integer pupil = null;
        if (!NO_PUPIL.equals(t[1])) {
            List<Integer> candidates = IntStream.range(0, pupils.size())
                    .filter(i -> pupils.get(i).hasFlag(t[1], today)).boxed().toList();
            if (!candidates.isEmpty()) {
                pupil = candidates.get(rnd.nextInt(candidates.size()));
                LocalDate flagged = pupils.get(pupil).flags().stream()
                        .filter(f -> f.flag().equals(t[1]) && f.activeOn(today)).map(SeedFlag::setOn)
                        .findFirst().orElse(earliest);
                earliest = Days.max(earliest, flagged);
            }
        }
        LocalDate date = Days.workdayBetween(rnd, earliest, today);
        for (int attempt = 0; attempt < MAX_ATTEMPTS && Days.holiday(date); attempt++) {
            date = Days.workdayBetween(rnd, earliest, today);
        }
        LocalDate nextDue = null;
        if (!t[5].isEmpty()) {
            nextDue = date.isBefore(today.minusDays(RECENT_DAYS))
                    ? Days.workday(date.plusDays(10 + rnd.nextInt(21)), date, LocalDate.MAX)
                    : Days.workday(today.plusDays(3 + rnd.nextInt(28)), today.plusDays(1), LocalDate.MAX);
        }
        return new SeedInteraction(date, agency.name(), pupil, t[3], t[4], t[5], nextDue, t[2],
                direction(agency.kind()));
    }

    /**
     * The demo's direction of work of an interaction by the agency's kind: guardianship and social protection are
     * social protection, the commission for minors, the police and the prosecutor prevention, the education
     * authorities (the medical-psychological commission) diagnostics, the rest counselling.
     */
    static String direction(String agencyKind) {
        return switch (agencyKind) {
            case "guardianship", "social-protection" -> "social-protection";
            case "kdn", "police", "prosecutor" -> "prevention";
            case "education" -> "diagnostics";
            default -> "counselling";
        };
    }

    /** The demo must show at least one next step still to do: the latest one gets a due day ahead if none has. */
    private void ensureOpenNextStep(List<SeedInteraction> interactions) {
        if (interactions.stream().anyMatch(i -> i.nextDue() != null && i.nextDue().isAfter(today))) {
            return;
        }
        for (int k = interactions.size() - 1; k >= 0; k--) {
            SeedInteraction i = interactions.get(k);
            if (!i.nextStep().isEmpty()) {
                interactions.set(k, new SeedInteraction(i.date(), i.agencyName(), i.pupilIndex(), i.subject(),
                        i.outcome(), i.nextStep(), Days.workday(today.plusDays(14), today.plusDays(1), LocalDate.MAX),
                        i.authorUsername(), i.direction()));
                return;
            }
        }
    }
}
