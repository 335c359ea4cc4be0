package org.opora.programmes.impl.internal.print;

import java.time.Clock;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.opora.platform.api.approval.ApprovalStep;
import org.opora.platform.api.approval.ChainStep;
import org.opora.platform.api.i18n.Translator;
import org.opora.platform.testing.TypedConfig;
import org.opora.programmes.impl.internal.config.ListsConfig;
import org.opora.programmes.impl.internal.config.ProgrammeLists;
import org.opora.platform.api.print.PrintDocument;
import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.Step;
import org.opora.programmes.api.programme.Consent;
import org.opora.programmes.api.programme.PlanRow;
import org.opora.programmes.api.programme.Programme;
import org.opora.programmes.api.programme.ProtocolCitation;
import org.opora.programmes.api.programme.Task;

/** A programme with its plan for the forms' tests, the text of a built document and of a rendered PDF. */
final class PrintFixture {

    static final Locale RU = Locale.forLanguageTag("ru");
    static final long PROGRAMME = 12;
    static final String PUPIL = "Ivanov Ivan Petrovich";
    static final String CURATOR = "Volkova Anna Igorevna";
    static final String PARENT = "Ivanova Olga Sergeevna";
    static final LocalDate APPROVED_ON = LocalDate.of(2026, 10, 21);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-02T09:00:00Z"), ZoneId.of("UTC"));

    private PrintFixture() {
    }

    static Programme programme(ProgrammeState state, Consent consent, List<Step> steps) {
        return new Programme(PROGRAMME, 1, null, 101, PUPIL, LocalDate.of(2012, 3, 4), "8A",
                "Petrova Maria Olegovna", PARENT + "\nIvanov Petr Nikolaevich",
                ProtocolCitation.typed("5", LocalDate.of(2026, 10, 14)), "Conflicts with classmates, anxiety",
                "High anxiety (Phillips test)", "Overcome the crisis state",
                List.of(new Task(2, 2, "Improve relations with classmates"), new Task(1, 1, "Lower anxiety")),
                "Class teacher, psychologist, parents", "Likes drawing", "Grandmother, art studio",
                "Stable emotional state", "Assessment by the pupil, the parents and the class teacher",
                LocalDate.of(2026, 10, 22), LocalDate.of(2027, 4, 21), List.of("psychological", "social"), "standard", 4L,
                CURATOR, state, consent, steps, 3);
    }

    static Programme approved() {
        return programme(ProgrammeState.IN_PROGRESS, new Consent(true, LocalDate.of(2026, 10, 20), PARENT, ""),
                List.of(step(ProgrammeState.CONSENT_GIVEN.name(), LocalDate.of(2026, 10, 20), PARENT),
                        step(ProgrammeState.APPROVED.name(), APPROVED_ON, "Orlova Irina Pavlovna"),
                        step(ProgrammeState.IN_PROGRESS.name(), APPROVED_ON, CURATOR)));
    }

    static Programme draft() {
        return programme(ProgrammeState.DRAFT, null, List.of());
    }

    static Step step(String kind, LocalDate on, String byName) {
        return new Step(kind, on, "user", byName, Instant.parse("2026-10-01T10:00:00Z"), "", "", null);
    }

    /** Rows of the plan: one done with its result and recommendations, one a period still running. */
    static List<PlanRow> plan(int count) {
        List<PlanRow> rows = new ArrayList<>();
        rows.add(new PlanRow(1, PROGRAMME, 1, "Psychological consultation", "individual talk", 1, "pupil",
                "Pupil, psychologist", 4L, CURATOR, LocalDate.of(2026, 10, 26), LocalDate.of(2026, 10, 26),
                "Anxiety named", "The pupil named the sources of anxiety", true, LocalDate.of(2026, 10, 27),
                CURATOR, "Continue weekly talks", "psychological", Instant.parse("2026-10-27T12:00:00Z"), 2));
        for (int i = 2; i <= count; i++) {
            rows.add(new PlanRow(i, PROGRAMME, i, "Class hour on friendship " + i, "class hour", 2, "pupil",
                    "Class 8A", 5L, "Petrova Maria Olegovna", LocalDate.of(2026, 11, 1), LocalDate.of(2027, 3, 31),
                    "Better relations in class " + i, "", false, null, "", "", "pedagogical", null, 1));
        }
        return rows;
    }

    /** The module's default lists, labelled by the module's messages. */
    static ProgrammeLists lists(Translator translator) {
        ProgrammeLists lists = new ProgrammeLists(TypedConfig.defaults(ListsConfig.class));
        try {
            Field field = ProgrammeLists.class.getDeclaredField("translator");
            field.setAccessible(true);
            field.set(lists, translator);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot bind the translator of the lists", e);
        }
        return lists;
    }

    static FakeProgrammes programmes(Programme programme, List<PlanRow> plan) {
        FakeProgrammes fake = new FakeProgrammes();
        fake.programmes.put(programme.id(), programme);
        fake.plans.put(programme.id(), plan);
        return fake;
    }

    /**
     * The seed schools' chain on a record with these steps: the director approves, taken by whoever the latest
     * approval names, else open.
     */
    static List<ApprovalStep> directorChain(List<Step> steps) {
        Step approved = null;
        for (Step step : steps) {
            if (ProgrammeState.APPROVED.name().equals(step.kind())) {
                approved = step;
            }
        }
        String position = "\u0414\u0438\u0440\u0435\u043a\u0442\u043e\u0440";
        return List.of(approved == null
                ? ApprovalStep.open(new ChainStep(ChainStep.Kind.APPROVE, "director", ""), position, List.of())
                : ApprovalStep.taken(ChainStep.Kind.APPROVE, "director", position, approved.by(), approved.byName(),
                        approved.date()));
    }
}
