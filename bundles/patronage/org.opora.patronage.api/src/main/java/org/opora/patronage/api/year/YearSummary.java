package org.opora.patronage.api.year;

import java.util.List;

/**
 * The year's summary of the patronage (003 section 2.2: monitoring of the results; generalising the effective
 * pedagogical experience).
 *
 * @param year              the academic year's first calendar year
 * @param categories        the figures per category, in the configured order, categories without cases left out
 * @param effectivePractice the effective practice generalised, as the coordinator wrote it; empty until written
 * @param version           optimistic-lock version of the written part; 0 before it was written
 */
public record YearSummary(int year, List<CategoryFigures> categories, String effectivePractice, long version) {

    public YearSummary {
        categories = List.copyOf(categories);
        effectivePractice = effectivePractice == null ? "" : effectivePractice;
    }
}
