package org.opora.consilium.demo.internal;

import java.time.LocalDate;
import java.util.List;

import org.opora.consilium.api.Decisions;
import org.opora.consilium.api.meeting.Outcome;
import org.opora.core.demo.DemoTexts;

/**
 * The outcomes of the demo pupils, taken in turn from the families {@code outcome.N.*} of the demo texts; the
 * curator is set only with {@link Decisions#PROGRAMME_OPEN}, the review date only with
 * {@link Decisions#REVIEW_AGAIN}, as the protocol's rules demand.
 */
final class DemoOutcomes {

    private final DemoTexts texts;

    DemoOutcomes(DemoTexts texts) {
        this.texts = texts;
    }

    /** The {@code n}-th outcome (cycling) for a meeting on the day. */
    Outcome outcome(int n, LocalDate meetingDay, Long curator) {
        int count = texts.count("outcome", ".problems");
        if (count == 0) {
            throw new IllegalStateException("demo texts missing: outcome.1");
        }
        String key = "outcome." + (n % count + 1) + ".";
        List<String> decisions = texts.codes(key + "decisions");
        String reviewDays = texts.optional(key + "reviewDays");
        LocalDate reviewBy = decisions.contains(Decisions.REVIEW_AGAIN)
                ? meetingDay.plusDays(reviewDays.isEmpty() ? 60 : Integer.parseInt(reviewDays)) : null;
        return new Outcome(texts.text(key + "problems"), texts.text(key + "goal"), texts.text(key + "tasks"),
                texts.text(key + "resources"), decisions, texts.text(key + "decisionText"),
                texts.text(key + "teachers"), texts.text(key + "parents"), texts.optional(key + "external"),
                decisions.contains(Decisions.PROGRAMME_OPEN) ? curator : null, reviewBy);
    }
}
