package org.opora.programmes.impl.internal.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.opora.platform.persistence.RecordedEntity;
import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.Step;
import org.opora.programmes.api.plan.Acquaintance;
import org.opora.programmes.api.plan.IndividualPlan;
import org.opora.programmes.api.plan.PlanChoice;

/**
 * An individual plan of regulation 001. It exists from the day the parents were informed of the right to one
 * (section 4.1); the content is written when the plan is drafted with them. The pupil's name, class and grade are
 * snapshotted when written; the coordinator's agreement, the approval and every change are recorded steps.
 */
@Entity
@Table(name = "INDIVIDUAL_PLAN")
public class IndividualPlanEntity extends RecordedEntity {

    /** The step that records that the parents were informed of the right (001 section 4.1). */
    public static final String INFORMED = "INFORMED";
    /** The step that records the coordinator's agreement (001 section 4.8). */
    public static final String AGREED = "AGREED";
    /** The step that records the parents' acquaintance (001 section 4.3). */
    public static final String ACQUAINTED = "ACQUAINTED";

    private static final String PROGRAMME = "programme";
    private static final String CURRICULUM = "curriculum";
    private static final String PROCEDURE = "procedure";

    @Column(name = "PUPIL_ID", nullable = false, updatable = false)
    private long pupilId;
    @Column(name = "PUPIL_NAME", nullable = false)
    private String pupilName;
    @Column(name = "CLASS_NAME", nullable = false)
    private String className;
    @Column(name = "GRADE", nullable = false)
    private int grade;
    @Column(name = "BASIS", nullable = false)
    private String basis = "";
    @Column(name = "CURRICULUM_HOURS", nullable = false)
    private int curriculumHours;
    @Column(name = "START_DATE")
    private LocalDate startDate;
    @Column(name = "END_DATE")
    private LocalDate endDate;
    @Column(name = "COORDINATOR_ID")
    private Long coordinatorId;
    @Column(name = "COORDINATOR_NAME", nullable = false)
    private String coordinatorName = "";
    @Column(name = "COORDINATOR_ORDER_ID")
    private Long coordinatorOrderId;
    @Column(name = "COORDINATOR_ORDER_NO", nullable = false)
    private String coordinatorOrder = "";
    @Column(name = "COORDINATOR_ORDER_DATE")
    private LocalDate coordinatorOrderDate;
    @Column(name = "DEADLINE")
    private LocalDate deadline;
    @Column(name = "DEADLINE_ORDER_ID")
    private Long deadlineOrderId;
    @Column(name = "DEADLINE_ORDER_NO", nullable = false)
    private String deadlineOrder = "";
    @Column(name = "DRAFTED_ON")
    private LocalDate draftedOn;
    @Column(name = "ACQUAINTED_ON")
    private LocalDate acquaintedOn;
    @Column(name = "ACQUAINTED_REP", nullable = false)
    private String acquaintedRepresentative = "";
    /** The codes of what the parents were acquainted with, comma-separated: programme, curriculum, procedure. */
    @Column(name = "ACQUAINTED_ITEMS", nullable = false)
    private String acquaintedItems = "";
    @Column(name = "ACQUAINTED_BY", nullable = false)
    private String acquaintedBy = "";
    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", nullable = false)
    private ProgrammeState state;

    protected IndividualPlanEntity() {
    }

    /** A plan in {@code DRAFT} for the pupil, before its content is written. */
    public IndividualPlanEntity(long pupilId, String createdBy, Instant createdAt) {
        super(createdBy, createdAt);
        this.pupilId = pupilId;
        this.state = ProgrammeState.DRAFT;
    }

    /** The pupil as the core gives them now. */
    public void pupil(String name, String className, int grade) {
        this.pupilName = name;
        this.className = className == null ? "" : className;
        this.grade = grade;
    }

    /** The content of the checked draft; the coordinator and the deadline order are set apart. */
    public void write(String basis, int curriculumHours, LocalDate start, LocalDate end, LocalDate draftedOn) {
        this.basis = basis;
        this.curriculumHours = curriculumHours;
        this.startDate = start;
        this.endDate = end;
        if (this.draftedOn == null) {
            this.draftedOn = draftedOn;
        }
    }

    public void coordinator(Long staffId, String name) {
        this.coordinatorId = staffId;
        this.coordinatorName = name == null ? "" : name;
    }

    /** The order of the core's register appointing the coordinator (001 §8.3.1), or none. */
    public void coordinatorOrder(Long orderId, String number, LocalDate date) {
        this.coordinatorOrderId = orderId;
        this.coordinatorOrder = number == null ? "" : number;
        this.coordinatorOrderDate = date;
    }

    public Long getCoordinatorOrderId() {
        return coordinatorOrderId;
    }

    public void deadline(LocalDate deadline, Long orderId, String orderNumber) {
        this.deadline = deadline;
        this.deadlineOrderId = orderId;
        this.deadlineOrder = orderNumber == null ? "" : orderNumber;
    }

    /** The parents' acquaintance (001 §4.3), replacing one recorded before. */
    public void acquaintance(Acquaintance a, String recordedBy) {
        this.acquaintedOn = a.on();
        this.acquaintedRepresentative = a.representative();
        List<String> items = new java.util.ArrayList<>();
        if (a.programme()) {
            items.add(PROGRAMME);
        }
        if (a.curriculum()) {
            items.add(CURRICULUM);
        }
        if (a.procedure()) {
            items.add(PROCEDURE);
        }
        this.acquaintedItems = String.join(",", items);
        this.acquaintedBy = recordedBy == null ? "" : recordedBy;
    }

    /** The recorded acquaintance, or {@code null}. */
    public Acquaintance acquaintance() {
        if (acquaintedOn == null) {
            return null;
        }
        List<String> items = List.of(acquaintedItems.split(","));
        return new Acquaintance(acquaintedOn, acquaintedRepresentative, items.contains(PROGRAMME),
                items.contains(CURRICULUM), items.contains(PROCEDURE), acquaintedBy);
    }

    public void setState(ProgrammeState state) {
        this.state = state;
    }

    /** The record; the informing and the agreement are the latest steps of their kinds. */
    public IndividualPlan toRecord(List<PlanChoice> choices, List<Step> steps) {
        return new IndividualPlan(getId(), pupilId, pupilName, className, grade, basis, latest(steps, INFORMED),
                choices, curriculumHours, startDate, endDate, coordinatorId, coordinatorName,
                latest(steps, AGREED), deadline, deadlineOrderId, deadlineOrder, state, steps, getVersion(),
                acquaintance(), coordinatorOrderId, coordinatorOrder, coordinatorOrderDate);
    }

    /** The latest step of the kind, or {@code null}. */
    public static Step latest(List<Step> steps, String kind) {
        Step found = null;
        for (Step s : steps) {
            if (s.kind().equals(kind)) {
                found = s;
            }
        }
        return found;
    }

    public long getPupilId() {
        return pupilId;
    }

    public String getPupilName() {
        return pupilName;
    }

    public String getClassName() {
        return className;
    }

    public int getGrade() {
        return grade;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public Long getCoordinatorId() {
        return coordinatorId;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public Long getDeadlineOrderId() {
        return deadlineOrderId;
    }

    public LocalDate getDraftedOn() {
        return draftedOn;
    }

    public ProgrammeState getState() {
        return state;
    }
}
