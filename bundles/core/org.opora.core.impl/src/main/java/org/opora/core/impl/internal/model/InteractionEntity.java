package org.opora.core.impl.internal.model;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.opora.core.api.activity.Activity;
import org.opora.core.api.agency.Interaction;
import org.opora.core.api.agency.InteractionDraft;
import org.opora.platform.persistence.VersionedEntity;

/** One interaction with an agency. */
@Entity
@Table(name = "INTERACTION")
public class InteractionEntity extends VersionedEntity {

    @Column(name = "EVENT_DATE", nullable = false)
    private LocalDate date;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "AGENCY_ID", nullable = false)
    private AgencyEntity agency;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "PUPIL_ID")
    private PupilEntity pupil;
    @Column(name = "SUBJECT", nullable = false)
    private String subject;
    @Column(name = "OUTCOME", nullable = false)
    private String outcome;
    @Column(name = "NEXT_STEP", nullable = false)
    private String nextStep;
    @Column(name = "NEXT_DUE")
    private LocalDate nextDue;
    /** The direction of work (000 §3), a code of the core's list; {@code null} for records older than it. */
    @Column(name = "DIRECTION")
    private String direction;
    @Column(name = "AUTHOR", nullable = false, updatable = false)
    private String author;

    protected InteractionEntity() {
    }

    public InteractionEntity(String author) {
        this.author = author;
    }

    public void apply(InteractionDraft d, AgencyEntity agency, PupilEntity pupil) {
        this.date = d.date();
        this.agency = agency;
        this.pupil = pupil;
        this.subject = d.subject();
        this.outcome = d.outcome();
        this.nextStep = d.nextStep();
        this.nextDue = d.nextDue();
        this.direction = d.direction().isEmpty() ? null : d.direction();
    }

    public Interaction toRecord() {
        return new Interaction(getId(), date, agency.getId(), agency.getName(), pupil == null ? null : pupil.getId(),
                pupil == null ? "" : pupil.name().full(), subject, outcome, nextStep, nextDue, author,
                direction == null ? "" : direction, getVersion());
    }

    /** The interaction as a piece of the service's work; the route opens the agencies' log. */
    public Activity toActivity(String kind) {
        return new Activity(date, direction, kind, agency.getName() + ": " + subject,
                pupil == null ? "" : pupil.name().full(), author, "agencies");
    }

    public String getAuthor() {
        return author;
    }
}
