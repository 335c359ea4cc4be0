package org.opora.programmes.impl.internal.model;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opora.platform.persistence.IdentifiedEntity;
import org.opora.platform.persistence.InstantConverter;
import org.opora.programmes.api.Step;

/**
 * A recorded step of a programme or of an individual plan (exactly one of the two ids is set): append-only, never
 * changed. The document that fixed it — an order, or the consilium protocol of a review decision — is kept with
 * its number and date.
 */
@Entity
@Table(name = "PROGRAMME_STEP")
public class StepEntity extends IdentifiedEntity {

    @Column(name = "PROGRAMME_ID", updatable = false)
    private Long programmeId;
    @Column(name = "PLAN_ID", updatable = false)
    private Long planId;
    @Column(name = "KIND", nullable = false, updatable = false)
    private String kind;
    @Column(name = "STEP_DATE", nullable = false, updatable = false)
    private LocalDate date;
    @Column(name = "BY_LOGIN", nullable = false, updatable = false)
    private String by;
    @Column(name = "BY_NAME", nullable = false, updatable = false)
    private String byName;
    @Convert(converter = InstantConverter.class)
    @Column(name = "RECORDED_AT", nullable = false, updatable = false)
    private Instant recordedAt;
    @Column(name = "NOTE", nullable = false, updatable = false)
    private String note;
    @Column(name = "ORDER_NO", nullable = false, updatable = false)
    private String orderNumber;
    @Column(name = "ORDER_DATE", updatable = false)
    private LocalDate orderDate;
    @Column(name = "ROLE_NAME", nullable = false, updatable = false)
    private String role = "";
    @Column(name = "POSITION_TITLE", nullable = false, updatable = false)
    private String position = "";

    protected StepEntity() {
    }

    private StepEntity(Long programmeId, Long planId, Step step) {
        this.programmeId = programmeId;
        this.planId = planId;
        this.kind = step.kind();
        this.date = step.date();
        this.by = step.by();
        this.byName = step.byName() == null ? "" : step.byName();
        this.recordedAt = step.recordedAt();
        this.note = step.note();
        this.orderNumber = step.orderNumber();
        this.orderDate = step.orderDate();
    }

    public static StepEntity ofProgramme(long programmeId, Step step) {
        return new StepEntity(programmeId, null, step);
    }

    public static StepEntity ofPlan(long planId, Step step) {
        return new StepEntity(null, planId, step);
    }

    /**
     * A step of an approval chain (an agreement or the approval) taken in a role, with the position as shown and
     * printed at the time.
     */
    public StepEntity inRole(String roleName, String positionTitle) {
        this.role = roleName == null ? "" : roleName;
        this.position = positionTitle == null ? "" : positionTitle;
        return this;
    }

    public Step toRecord() {
        return new Step(kind, date, by, byName, recordedAt, note, orderNumber, orderDate);
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public Long getPlanId() {
        return planId;
    }

    public String getKind() {
        return kind;
    }

    /** The role of the approval chain the step was taken in; empty for other steps and approvals before chains. */
    public String getRole() {
        return role;
    }

    /** The position of that role as shown and printed when the step was taken; empty like the role. */
    public String getPosition() {
        return position;
    }

    public String getBy() {
        return by;
    }

    public String getByName() {
        return byName;
    }

    public LocalDate getDate() {
        return date;
    }
}
