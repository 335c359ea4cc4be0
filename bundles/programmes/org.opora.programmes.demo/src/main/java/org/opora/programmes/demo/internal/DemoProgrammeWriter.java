package org.opora.programmes.demo.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.pupil.Representative;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.demo.DemoTexts;
import org.opora.platform.api.security.SystemWork;
import org.opora.programmes.api.programme.Consent;
import org.opora.programmes.api.programme.PlanRow;
import org.opora.programmes.api.programme.PlanRowDraft;
import org.opora.programmes.api.programme.Programme;
import org.opora.programmes.api.programme.ProgrammeDraft;
import org.opora.programmes.api.programme.ProgrammeLifecycle;
import org.opora.programmes.api.programme.ProgrammeService;
import org.opora.programmes.api.programme.ProtocolCitation;
import org.opora.programmes.api.programme.SupportPlanService;
import org.opora.programmes.api.programme.Task;
import org.opora.programmes.demo.internal.DemoPlan.DemoProgramme;
import org.opora.programmes.demo.internal.DemoPlan.DemoRow;
import org.opora.programmes.demo.internal.DemoPlan.Milestones;

/**
 * Writes the demo programmes through {@link ProgrammeService}, {@link SupportPlanService} and
 * {@link ProgrammeLifecycle}, each step in the name of who takes it in a school:
 * the curator drafts the programme with its plan, the curator is appointed (the chair's act, here the system's),
 * the curator introduces it to the parents and records their consent; the
 * director approves; the curator starts it; the responsible specialists mark their rows done; the curator records
 * observations, sends it for review and closes it by the consilium's decision. Every rule of the service applies.
 */
final class DemoProgrammeWriter {

    private final ProgrammeService programmes;
    private final ProgrammeLifecycle lifecycle;
    private final SupportPlanService plan;
    private final PupilService pupils;
    private final DemoCast cast;
    private final DemoTexts texts;

    DemoProgrammeWriter(ProgrammeService programmes, ProgrammeLifecycle lifecycle, SupportPlanService plan,
            PupilService pupils, DemoCast cast, DemoTexts texts) {
        this.programmes = programmes;
        this.lifecycle = lifecycle;
        this.plan = plan;
        this.pupils = pupils;
        this.cast = cast;
        this.texts = texts;
    }

    /** Writes the programmes; returns how many. */
    int write(List<DemoProgramme> programmesToWrite) {
        programmesToWrite.forEach(this::write);
        return programmesToWrite.size();
    }

    private void write(DemoProgramme d) {
        String key = "programme." + d.scenario().key + ".";
        StaffMember curator = cast.of(d.curator(), d.pupilId());
        Map<Integer, PlanRow> rows = new HashMap<>();
        Programme drafted = cast.as(curator, DemoCast.SPECIALIST, () -> {
            Programme created = programmes.create(draft(d, key));
            for (DemoRow r : d.rows()) {
                rows.put(r.number(), plan.addRow(created.id(), row(d, r, key, created)));
            }
            return programmes.get(created.id());
        });
        Programme appointed = appoint(drafted, curator);
        Programme p = cast.as(curator, DemoCast.SPECIALIST,
                () -> prepare(appointed, d.milestones(), parent(d.pupilId())));
        Milestones m = d.milestones();
        if (m.approved() == null) {
            return;
        }
        Programme approved = cast.as(cast.director(), DemoCast.DIRECTOR,
                () -> lifecycle.approve(p.id(), p.version(), m.approved()));
        Programme started = cast.as(curator, DemoCast.SPECIALIST,
                () -> lifecycle.start(approved.id(), approved.version(), m.started()));
        for (DemoRow r : d.rows()) {
            if (r.doneOn() != null) {
                PlanRow row = rows.get(r.number());
                String rk = key + "row." + r.number() + ".";
                cast.as(cast.of(r.responsible(), d.pupilId()), DemoCast.SPECIALIST, () -> plan.markDone(
                        row.id(), row.version(), r.doneOn(), texts.text(rk + "actual"), texts.optional(rk + "advice")));
            }
        }
        cast.as(curator, DemoCast.SPECIALIST, () -> finish(started, d, key));
    }

    /**
     * The curator is the consilium chair's appointment (002); the demo's consilium meets about other pupils, so the
     * appointment is entered as the system's work, which the service allows.
     */
    private Programme appoint(Programme drafted, StaffMember curator) {
        AtomicReference<Programme> done = new AtomicReference<>();
        SystemWork.run("demo: the curator appointed", () -> done.set(
                programmes.appointCurator(drafted.id(), drafted.version(), curator.id())));
        return done.get();
    }

    /** Introduced to the parents and their consent, as far as the scenario goes. */
    private Programme prepare(Programme created, Milestones m, String parent) {
        Programme p = created;
        if (m.discussed() != null) {
            p = lifecycle.discussedWithParents(p.id(), p.version(), m.discussed());
        }
        if (m.consent() != null) {
            p = lifecycle.recordConsent(p.id(), p.version(), new Consent(true, m.consent(), parent, ""));
        }
        return p;
    }

    /** The curator's observations, then the review and the closing when the scenario has them. */
    private void finish(Programme started, DemoProgramme d, String key) {
        for (int i = 0; i < d.observations().size(); i++) {
            plan.observe(started.id(), d.observations().get(i), texts.text(key + "observation." + (i + 1)));
        }
        Milestones m = d.milestones();
        if (m.review() == null) {
            return;
        }
        Programme review = lifecycle.toReview(started.id(), started.version(), m.review());
        lifecycle.close(review.id(), review.version(),
                ProtocolCitation.typed(texts.text(key + "decision"), m.closed()), texts.text(key + "result"));
    }

    private ProgrammeDraft draft(DemoProgramme d, String key) {
        List<Task> tasks = new ArrayList<>();
        for (int i = 1; i <= texts.count(key + "task"); i++) {
            tasks.add(new Task(0, i, texts.text(key + "task." + i)));
        }
        return new ProgrammeDraft(d.pupilId(), ProtocolCitation.typed(texts.text(key + "protocol"), d.protocol()),
                texts.text(key + "grounds"), texts.text(key + "diagnostics"), texts.text(key + "goal"), tasks,
                texts.text(key + "participants"), texts.text(key + "internal"), texts.text(key + "external"),
                texts.text(key + "expected"), texts.text(key + "criteria"), d.start(), d.end(),
                texts.codes(key + "directions"), d.risk(), null);
    }

    private PlanRowDraft row(DemoProgramme d, DemoRow r, String key, Programme created) {
        String rk = key + "row." + r.number() + ".";
        long task = created.tasks().get(r.task() - 1).id();
        return new PlanRowDraft(texts.text(rk + "activity"), texts.text(rk + "form"), task, texts.text(rk + "target"),
                texts.text(rk + "participants"), cast.of(r.responsible(), d.pupilId()).id(), r.from(), r.to(),
                texts.text(rk + "planned"), texts.optional(rk + "direction"));
    }

    /** The pupil's first parent (legal representative) as in the card, who consents. */
    private String parent(long pupilId) {
        List<Representative> representatives = pupils.card(pupilId).representatives();
        return representatives.isEmpty() ? texts.text("parent.unknown") : representatives.get(0).fullName();
    }
}
