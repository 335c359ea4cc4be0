package org.opora.programmes.demo.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * What the demo of individual support consists of: the programmes (002), each written as one of the
 * {@link Scenario}s, and the individual plans (001) with the order that sets their approval deadline.
 *
 * @param programmes the programmes, in the order they are written
 * @param plans      the individual plans
 * @param orderDate  the day of the director's order setting the deadline of the plans (001 section 4.9)
 */
record DemoPlan(List<DemoProgramme> programmes, List<DemoIndividualPlan> plans, LocalDate orderDate) {

    DemoPlan {
        programmes = List.copyOf(programmes);
        plans = List.copyOf(plans);
    }

    /** How far a demo programme has come; the key names its texts in the demo resource. */
    enum Scenario {
        /** In progress at high suicide risk: rows done, one overdue, observations. */
        RUNNING("running"),
        /** In progress, standard, ending within the configured days. */
        ENDING("ending"),
        /** Being drafted by its curator. */
        DRAFT("draft"),
        /** Consented to by the parents, awaiting the director's approval. */
        AWAITING("awaiting"),
        /** Carried out, reviewed and closed. */
        CLOSED("closed");

        final String key;

        Scenario(String key) {
            this.key = key;
        }
    }

    /** The people the demo names; the writer finds them among the school's staff. */
    enum Role {
        PSYCHOLOGIST, SOCIAL_PEDAGOGUE, HEAD, CLASS_TEACHER, LEISURE
    }

    /**
     * One programme.
     *
     * @param scenario     how far it has come
     * @param pupilId      the pupil
     * @param risk         risk category (code of the configured list)
     * @param curator      its curator, who drafts and keeps it
     * @param protocol     the day of the consilium protocol it cites
     * @param start        first day
     * @param end          last day
     * @param milestones   the days of its steps
     * @param rows         the plan rows, in order
     * @param observations the days of the curator's observations
     */
    record DemoProgramme(Scenario scenario, long pupilId, String risk, Role curator, LocalDate protocol,
            LocalDate start, LocalDate end, Milestones milestones, List<DemoRow> rows,
            List<LocalDate> observations) {

        DemoProgramme {
            rows = List.copyOf(rows);
            observations = List.copyOf(observations);
        }
    }

    /**
     * The days of a programme's steps; {@code null} for a step it has not reached.
     *
     * @param discussed the draft introduced to the parents
     * @param consent   the parents' consent
     * @param approved  the director's approval
     * @param started   the start of support
     * @param review    sent to the consilium for review
     * @param closed    the day of the consilium's protocol that closed it
     */
    record Milestones(LocalDate discussed, LocalDate consent, LocalDate approved, LocalDate started,
            LocalDate review, LocalDate closed) {

        static Milestones draft() {
            return new Milestones(null, null, null, null, null, null);
        }
    }

    /**
     * One row of a programme's plan.
     *
     * @param number      its number, which names its texts
     * @param task        the 1-based task it serves
     * @param responsible the responsible specialist
     * @param from        first day
     * @param to          last day
     * @param doneOn      the day it was marked done, or {@code null}
     */
    record DemoRow(int number, int task, Role responsible, LocalDate from, LocalDate to, LocalDate doneOn) {
    }

    /**
     * One individual plan.
     *
     * @param pupilId         the pupil
     * @param basis           the pupil's flag it rests on
     * @param grade           the pupil's grade
     * @param curriculumHours the weekly hours of the curriculum, leaving room for the parents' choices
     * @param drafter         who informs the parents and drafts it
     * @param informed        the day the parents were informed of the right
     * @param start           first day
     * @param end             last day
     * @param deadline        the approval deadline set by the order
     * @param approve         whether the coordinator agrees it and the director approves it, or it awaits the
     *                        coordinator
     */
    record DemoIndividualPlan(long pupilId, String basis, int grade, int curriculumHours, Role drafter,
            LocalDate informed, LocalDate start, LocalDate end, LocalDate deadline, boolean approve) {
    }
}
