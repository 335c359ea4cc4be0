package org.opora.programmes.impl.internal.print;

import java.util.List;

import org.opora.platform.api.print.Block;
import org.opora.platform.api.print.Block.Align;
import org.opora.platform.api.print.Block.Field;
import org.opora.platform.api.print.Block.Signature;
import org.opora.platform.api.print.PrintDocument;
import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.Step;
import org.opora.programmes.api.plan.Acquaintance;
import org.opora.programmes.api.plan.Consultation;
import org.opora.programmes.api.plan.IndividualPlan;

/**
 * The layout of an individual plan of regulation 001: the director's approval, "for official use only" on every
 * page, the pupil and the basis of the plan, when the parents were informed of their right (section 4.1), their
 * acquaintance with the programme, the curriculum and the procedure (4.3), the
 * parents' choices (4.4), the weekly hours within the load, the approval deadline set by order (4.9), the
 * coordinator's agreement (4.8), the consultations with specialists (4.6), carrying out the plan with its results
 * and the coordinator's analysis (8.3.2) and the signatures of the parents, the coordinator and the director.
 */
final class IndividualPlanLayout {

    /** Message keys of the labels of the pupils' statuses in the core's list. */
    static final String BASIS_LABELS = "core.list.pupil-flags.";
    /** Message keys of the built-in titles of the core's directions of work (000 §3). */
    static final String DIRECTION_LABELS = "core.list.directions.";

    private final PrintTexts texts;
    private final java.util.function.UnaryOperator<String> direction;

    IndividualPlanLayout(PrintTexts texts) {
        this(texts, code -> texts.label(DIRECTION_LABELS, code));
    }

    /** @param direction the title of a direction of work (000 §3) by its code */
    IndividualPlanLayout(PrintTexts texts, java.util.function.UnaryOperator<String> direction) {
        this.texts = texts;
        this.direction = direction;
    }

    /**
     * The form.
     *
     * @param approval the approval block
     * @param position the approving position of the school's chain (by default the director)
     * @param approver who approved or is to approve, empty when unknown
     */
    PrintDocument build(IndividualPlan plan, Block.Approval approval, String position, String approver) {
        return build(plan, List.of(), approval, position, approver);
    }

    /** The form with the consultations of the plan (001 §4.6). */
    PrintDocument build(IndividualPlan plan, List<Consultation> consultations, Block.Approval approval,
            String position, String approver) {
        PrintDocument.Builder doc = PrintDocument.builder(texts.t("plan.file", String.valueOf(plan.id())));
        doc.restricted(texts.t("restricted"));
        doc.add(approval);
        doc.add(new Block.Spacer(6));
        doc.heading(texts.t("plan.heading"), 1);
        if (plan.state() == null || !plan.state().approved()) {
            doc.add(new Block.Paragraph(texts.t("draftMark"), Align.CENTER, true));
        }
        doc.add(new Block.Fields(header(plan)));
        doc.heading(texts.t("plan.choices"), 2);
        doc.add(new ChoicesTable(texts).table(plan.choices()));
        int added = plan.weeklyHours() - plan.curriculumHours();
        doc.add(new Block.Fields(List.of(
                new Field(texts.t("plan.hours.curriculum"), String.valueOf(plan.curriculumHours())),
                new Field(texts.t("plan.hours.added"), String.valueOf(added)),
                new Field(texts.t("plan.hours.total"), texts.t("plan.hours.sum",
                        String.valueOf(plan.curriculumHours()), String.valueOf(added),
                        String.valueOf(plan.weeklyHours()))))));
        if (plan.deadline() != null) {
            doc.paragraph(plan.deadlineOrder().isBlank() ? texts.t("plan.deadline", PrintTexts.date(plan.deadline()))
                    : texts.t("plan.deadlineByOrder", PrintTexts.date(plan.deadline()), plan.deadlineOrder()));
        }
        if (!consultations.isEmpty()) {
            doc.heading(texts.t("plan.consultations"), 2);
            doc.add(consultationsTable(consultations));
        }
        agreement(doc, plan);
        carryingOut(doc, plan);
        doc.add(new Block.Spacer(12));
        doc.add(new Block.Paragraph(texts.t("plan.acknowledged"), Align.LEFT, true));
        doc.add(new Block.Signatures(List.of(new Signature(texts.t("sign.parents"), consentingParent(plan), true),
                new Signature(texts.t("sign.parents"), "", true),
                new Signature(texts.t("sign.coordinator"), plan.coordinatorName(), true),
                new Signature(position, approver, true))));
        return doc.build();
    }

    private List<Field> header(IndividualPlan plan) {
        return List.of(new Field(texts.t("field.pupil"), texts.orDash(plan.pupilName())),
                new Field(texts.t("field.className"), texts.orDash(plan.className())),
                new Field(texts.t("plan.basis"), texts.label(BASIS_LABELS, plan.basis())),
                new Field(texts.t("plan.informed"), plan.informed() == null ? texts.t("none")
                        : PrintTexts.date(plan.informed().date())),
                new Field(texts.t("plan.acquainted"), acquaintance(plan.acquaintance())),
                new Field(texts.t("field.period"), texts.period(plan.start(), plan.end())),
                new Field(texts.t("plan.coordinator"), plan.coordinatorName().isBlank()
                        || plan.coordinatorOrder().isBlank() ? texts.orDash(plan.coordinatorName())
                        : texts.t("plan.coordinatorByOrder", plan.coordinatorName(), plan.coordinatorOrder(),
                                plan.coordinatorOrderDate() == null ? ""
                                        : PrintTexts.date(plan.coordinatorOrderDate()))));
    }

    /** The parents' acquaintance of 001 §4.3: the day, the parent and what with; "none" before it is recorded. */
    private String acquaintance(Acquaintance a) {
        if (a == null) {
            return texts.t("none");
        }
        List<String> items = new java.util.ArrayList<>();
        if (a.programme()) {
            items.add(texts.t("plan.acquainted.programme"));
        }
        if (a.curriculum()) {
            items.add(texts.t("plan.acquainted.curriculum"));
        }
        if (a.procedure()) {
            items.add(texts.t("plan.acquainted.procedure"));
        }
        return texts.t("plan.acquainted.value", PrintTexts.date(a.on()), a.representative(),
                String.join("; ", items));
    }

    /** "Agreed": the coordinator's role, the signature line with the name and the day of the agreement. */
    private void agreement(PrintDocument.Builder doc, IndividualPlan plan) {
        Step agreed = plan.agreement();
        String name = agreed != null && !agreed.byName().isBlank() ? agreed.byName() : plan.coordinatorName();
        doc.add(new Block.Spacer(6));
        doc.add(new Block.Paragraph(texts.t("plan.agreed"), Align.LEFT, true));
        doc.add(new Block.Paragraph(String.join("\n", texts.t("plan.coordinatorRole"),
                texts.t("plan.agreedBy", name.isBlank() ? texts.t("approval.line") : name),
                texts.signedOn(agreed == null ? null : agreed.date())), Align.LEFT, false));
    }

    /** The consultations with specialists (001 §4.6): day, specialist, parent, subject, direction of work (000 §3). */
    private Block.Table consultationsTable(List<Consultation> consultations) {
        String[] headers = {"date", "specialist", "representative", "subject", "direction"};
        float[] weights = {2.4f, 4f, 4f, 7f, 3.6f};
        List<Block.Column> columns = new java.util.ArrayList<>();
        for (int i = 0; i < headers.length; i++) {
            columns.add(new Block.Column(texts.t("plan.consultations.col." + headers[i]), weights[i]));
        }
        List<List<String>> rows = new java.util.ArrayList<>();
        for (Consultation c : consultations) {
            rows.add(List.of(PrintTexts.date(c.on()), c.specialistName(), c.representative(), c.subject(),
                    direction.apply(c.workDirection())));
        }
        return new Block.Table(columns, rows);
    }

    /** Carrying out the approved plan (001 §8.3.2): the start, the results, the closing with the analysis. */
    private void carryingOut(PrintDocument.Builder doc, IndividualPlan plan) {
        Step started = plan.started();
        if (started == null) {
            return;
        }
        List<Field> fields = new java.util.ArrayList<>();
        fields.add(new Field(texts.t("plan.started"), stepBy(started)));
        Step results = plan.results();
        fields.add(new Field(texts.t("plan.results"), results == null ? texts.t("none") : results.note()));
        Step closed = plan.closed();
        if (closed != null) {
            fields.add(new Field(texts.t("plan.analysis"), closed.note()));
            fields.add(new Field(texts.t("plan.closed"), stepBy(closed)));
        }
        doc.heading(texts.t("plan.carryingOut"), 2);
        doc.add(new Block.Fields(fields));
    }

    private String stepBy(Step step) {
        return texts.t("plan.stepBy", PrintTexts.date(step.date()), step.byName());
    }

    /** The parent whose consent is the latest answer recorded; nobody's name after a refusal. */
    private static String consentingParent(IndividualPlan plan) {
        Step answer = null;
        for (Step step : plan.steps()) {
            if (ProgrammeState.CONSENT_GIVEN.name().equals(step.kind())
                    || ProgrammeState.CONSENT_REFUSED.name().equals(step.kind())) {
                answer = step;
            }
        }
        return answer != null && ProgrammeState.CONSENT_GIVEN.name().equals(answer.kind()) ? answer.byName() : "";
    }
}
