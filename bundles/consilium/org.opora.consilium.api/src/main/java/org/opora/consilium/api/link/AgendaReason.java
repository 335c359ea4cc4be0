package org.opora.consilium.api.link;

/** Why a pupil is on a meeting's agenda. */
public enum AgendaReason {
    /** A confirmed referral (the unplanned meeting of regulation 002). */
    REFERRAL,
    /** A planned monitoring survey identified the pupil. */
    MONITORING,
    /** The pupil's support programme is due for review. */
    PROGRAMME_REVIEW,
    /** An earlier decision set a date to discuss the pupil again, and it has passed. */
    OVERDUE,
    /** Put on the agenda by the chair or secretary for another reason. */
    OTHER,
    /**
     * The curator of the pupil's support programme asked for an unplanned meeting (regulation 002).
     *
     * @since 1.1
     */
    CURATOR_REQUEST
}
