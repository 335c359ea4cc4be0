package org.opora.core.impl.internal.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.opora.core.api.ListItem;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ReferenceLists;
import org.opora.core.api.activity.Activity;
import org.opora.core.api.activity.ActivityQuery;
import org.opora.core.api.activity.ActivitySource;
import org.opora.core.api.activity.DirectionCount;
import org.opora.core.support.testing.MessagesTranslator;

class ServiceWorkImplTest {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final LocalDate DAY = LocalDate.of(2026, 10, 5);
    private static final ActivityQuery YEAR = new ActivityQuery(LocalDate.of(2026, 9, 1), LocalDate.of(2027, 8, 31),
            ActivityQuery.ALL);

    private final ReferenceLists lists = (list, locale) -> list == ReferenceList.DIRECTIONS
            ? List.of(new ListItem("diagnostics", "Диагностическое"), new ListItem("correction", "Коррекционное"),
                    new ListItem("prevention", "Профилактическое"))
            : List.of();
    private final ServiceWorkImpl work = new ServiceWorkImpl(lists, new MessagesTranslator());

    private static Activity of(LocalDate day, String direction, String title) {
        return new Activity(day, direction, "kind", title, "", "", "");
    }

    @Test
    void everySourceContributesNewestFirstAndRemovingOneTakesItsWorkAway() {
        ActivitySource programmes = (q, l) -> List.of(of(DAY, "diagnostics", "Test"), of(DAY.plusDays(3),
                "correction", "Lesson"));
        ActivitySource agencies = (q, l) -> List.of(of(DAY.plusDays(1), "prevention", "Talk"));
        work.addSource(programmes);
        work.addSource(agencies);
        assertEquals(List.of("Lesson", "Talk", "Test"), work.activities(YEAR, RU).stream().map(Activity::title)
                .toList());
        work.removeSource(programmes);
        assertEquals(List.of("Talk"), work.activities(YEAR, RU).stream().map(Activity::title).toList());
    }

    @Test
    void aFailingSourceIsLeftOutAndTheOthersStay() {
        work.addSource((q, l) -> {
            throw new IllegalStateException("broken module");
        });
        work.addSource((q, l) -> List.of(of(DAY, "prevention", "Talk")));
        assertEquals(1, work.activities(YEAR, RU).size());
    }

    @Test
    void whatASourceGivesOutsideThePeriodOrDirectionIsNotListed() {
        work.addSource((q, l) -> List.of(of(DAY, "prevention", "Talk"), of(DAY, "diagnostics", "Test"),
                of(LocalDate.of(2027, 9, 1), "prevention", "Next year")));
        assertEquals(List.of("Talk"), work.activities(YEAR.withDirection("prevention"), RU).stream()
                .map(Activity::title).toList());
        assertEquals(0, work.activities(YEAR.withDirection(ActivityQuery.UNSPECIFIED), RU).size());
    }

    @Test
    void countsNameEveryConfiguredDirectionInOrderThenUnknownCodesThenTheUnspecified() {
        work.addSource((q, l) -> List.of(of(DAY, "prevention", "a"), of(DAY, "prevention", "b"),
                of(DAY, "", "old record"), of(DAY, "retired-code", "c")));
        assertEquals(List.of(new DirectionCount("diagnostics", "Диагностическое", 0),
                new DirectionCount("correction", "Коррекционное", 0),
                new DirectionCount("prevention", "Профилактическое", 2),
                new DirectionCount("retired-code", "retired-code", 1),
                new DirectionCount("", "не указано", 1)), work.counts(YEAR.withDirection("prevention"), RU));
    }
}
