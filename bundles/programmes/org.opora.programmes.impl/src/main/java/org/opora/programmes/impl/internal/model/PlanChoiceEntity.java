package org.opora.programmes.impl.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opora.platform.persistence.IdentifiedEntity;
import org.opora.programmes.api.plan.PlanChoice;

/** A lesson, activity or form of work the parents chose for an individual plan (001 section 4.4). */
@Entity
@Table(name = "PLAN_CHOICE")
public class PlanChoiceEntity extends IdentifiedEntity {

    @Column(name = "PLAN_ID", nullable = false, updatable = false)
    private long planId;
    @Column(name = "POSITION_NO", nullable = false)
    private int position;
    @Column(name = "KIND", nullable = false)
    private String kind;
    @Column(name = "TITLE", nullable = false)
    private String title;
    @Column(name = "WEEKLY_HOURS", nullable = false)
    private int weeklyHours;
    @Column(name = "NOTE", nullable = false)
    private String note;

    protected PlanChoiceEntity() {
    }

    public PlanChoiceEntity(long planId, int position, PlanChoice choice) {
        this.planId = planId;
        this.position = position;
        this.kind = choice.kind();
        this.title = choice.title();
        this.weeklyHours = choice.weeklyHours();
        this.note = choice.note();
    }

    public PlanChoice toRecord() {
        return new PlanChoice(getId(), kind, title, weeklyHours, note);
    }

    public long getPlanId() {
        return planId;
    }

    public int getPosition() {
        return position;
    }
}
