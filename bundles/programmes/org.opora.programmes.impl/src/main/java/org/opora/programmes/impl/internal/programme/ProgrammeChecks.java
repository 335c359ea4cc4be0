package org.opora.programmes.impl.internal.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.ValidationException;
import org.opora.programmes.api.programme.PlanRowDraft;
import org.opora.programmes.api.programme.ProgrammeDraft;
import org.opora.programmes.api.programme.ProtocolCitation;
import org.opora.programmes.api.programme.Task;
import org.opora.programmes.impl.internal.config.ProgrammeList;
import org.opora.programmes.impl.internal.config.ProgrammeLists;
import org.opora.programmes.impl.internal.support.Checks;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.Objections;

/**
 * The checks of what a user writes in a programme and in a plan row: required fields, lengths as the columns hold
 * them, codes from the configured lists, a cited protocol with its number and date. A checked draft comes back with
 * its texts stripped and its tasks numbered in their order.
 */
final class ProgrammeChecks {

    static final int NUMBER = 64;
    static final int FORM = 500;
    static final int PLANNED = 4000;

    private ProgrammeChecks() {
    }

    /**
     * The last day a programme or a row of its plan may end: the end of the academic year eleven years on, the whole
     * time of schooling of a first-grader (002: at least two years or the whole time of schooling), so that a long
     * programme is not refused by the range of dates that suits single events.
     */
    static LocalDate lastDay(LocalDate today) {
        return new AcademicYear(AcademicYear.containing(today).startYear() + 11).lastDay();
    }

    static ProgrammeDraft clean(ProgrammeDraft d, ProgrammeLists lists, LocalDate today) {
        FieldChecks.present("pupilId", d);
        // every objection of the form at once
        Objections o = new Objections();
        ProtocolCitation protocol = o.value(() -> protocol("protocol", d.protocol(), today));
        List<Task> tasks = new ArrayList<>();
        for (Task t : d.tasks()) {
            String text = o.value(() -> FieldChecks.required("tasks", t.text(), Checks.TEXT));
            tasks.add(new Task(t.id(), tasks.size() + 1, text));
        }
        if (d.start() != null) {
            o.value(() -> FieldChecks.schoolYears("start", d.start(), today));
        }
        if (d.end() != null) {
            o.value(() -> FieldChecks.within("end", d.end(), FieldChecks.earliest(today), lastDay(today)));
        }
        List<String> directions = d.directions().stream().map(String::strip).distinct().toList();
        o.check(() -> directions.forEach(c -> inList("directions", lists, ProgrammeList.HELP_DIRECTIONS, c)));
        String risk = o.value(() -> {
            String r = FieldChecks.maxLength("riskCategory", d.riskCategory(), NUMBER);
            if (!r.isEmpty()) {
                inList("riskCategory", lists, ProgrammeList.RISK_CATEGORIES, r);
            }
            return r;
        });
        String grounds = o.value(() -> text("grounds", d.grounds()));
        String diagnostics = o.value(() -> text("diagnostics", d.diagnostics()));
        String goal = o.value(() -> text("goal", d.goal()));
        String participants = o.value(() -> text("participants", d.participants()));
        String internal = o.value(() -> text("internalResources", d.internalResources()));
        String external = o.value(() -> text("externalResources", d.externalResources()));
        String expected = o.value(() -> text("expectedResults", d.expectedResults()));
        String criteria = o.value(() -> text("criteria", d.criteria()));
        o.refuseAny();
        return new ProgrammeDraft(d.pupilId(), protocol, grounds, diagnostics, goal, tasks, participants, internal,
                external, expected, criteria, d.start(), d.end(), directions, risk, d.curatorId());
    }

    /** A cited protocol: number and date required, the date not in the future; {@code null} stays null. */
    static ProtocolCitation protocol(String field, ProtocolCitation p, LocalDate today) {
        if (p == null) {
            return null;
        }
        String number = FieldChecks.required(field, p.number(), NUMBER);
        FieldChecks.notFuture(field, p.date(), today);
        return new ProtocolCitation(number, p.date(), p.itemId());
    }

    /** A row of the plan with its texts stripped; every objection at once, in the order of the row's dialog. */
    static PlanRowDraft row(PlanRowDraft d, ProgrammeLists lists, LocalDate today) {
        FieldChecks.present("activity", d);
        Objections o = new Objections();
        String activity = o.value(() -> FieldChecks.required("activity", d.activity(), Checks.TEXT));
        String form = o.value(() -> FieldChecks.maxLength("form", d.form(), FORM));
        String target = o.value(() -> {
            String t = FieldChecks.required("target", d.target(), NUMBER);
            inList("target", lists, ProgrammeList.ACTIVITY_TARGETS, t);
            return t;
        });
        String direction = o.value(() -> {
            String v = FieldChecks.maxLength("direction", d.direction(), NUMBER);
            if (!v.isEmpty()) {
                inList("direction", lists, ProgrammeList.HELP_DIRECTIONS, v);
            }
            return v;
        });
        String participants = o.value(() -> FieldChecks.maxLength("participants", d.participants(), Checks.TEXT));
        o.check(() -> FieldChecks.schoolYears("from", d.from(), today));
        if (d.to() != null) {
            o.check(() -> FieldChecks.within("to", d.to(), FieldChecks.earliest(today), lastDay(today)));
        }
        String planned = o.value(() -> FieldChecks.maxLength("plannedResult", d.plannedResult(), PLANNED));
        o.refuseAny();
        return new PlanRowDraft(activity, form, d.taskId(), target, participants, d.responsibleId(), d.from(),
                d.to() == null ? d.from() : d.to(), planned, direction, d.workDirection());
    }

    private static String text(String field, String value) {
        return FieldChecks.maxLength(field, value, Checks.LONG_TEXT);
    }

    private static void inList(String field, ProgrammeLists lists, ProgrammeList list, String code) {
        if (!lists.contains(list, code)) {
            throw new ValidationException(field, "programmes.error.notInList", code);
        }
    }
}
