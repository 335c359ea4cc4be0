package org.opora.teachersupport.impl.internal.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.opora.core.api.ValidationException;
import org.opora.core.support.Codes;
import org.opora.teachersupport.api.conclusion.ConclusionDraft;
import org.opora.teachersupport.api.conclusion.ProblemsRemoved;
import org.opora.teachersupport.api.conclusion.TeacherNeed;
import org.opora.teachersupport.api.conclusion.Verdict;
import org.opora.teachersupport.api.record.Participant;
import org.opora.teachersupport.api.record.SupportStatus;
import org.opora.teachersupport.api.route.RouteDraft;
import org.opora.teachersupport.api.route.RouteFocus;
import org.opora.teachersupport.api.route.RoutePlace;
import org.opora.teachersupport.impl.internal.rules.Lifecycle;
import org.opora.platform.persistence.RecordedEntity;

/**
 * A teacher's support record: the opening record of regulation 004 (5.1), its route (3.1) and its general conclusion
 * (5.4), which are one per record. The names of the teacher, the lead and the participants are recorded as they were.
 */
@Entity
@Table(name = "SUPPORT_RECORD")
public class SupportRecordEntity extends RecordedEntity {

    @Column(name = "TEACHER_ID", nullable = false, updatable = false)
    private long teacherId;
    @Column(name = "TEACHER_NAME", nullable = false)
    private String teacherName;
    @Column(name = "TEACHER_POSITION", nullable = false)
    private String teacherPosition;
    @Column(name = "DECIDED_ON", nullable = false)
    private LocalDate decidedOn;
    @Column(name = "LEAD_ID", nullable = false)
    private long leadId;
    @Column(name = "LEAD_NAME", nullable = false)
    private String leadName;
    @Column(name = "PARTICIPANT_IDS", nullable = false)
    private String participantIds = "";
    @Column(name = "PARTICIPANT_NAMES", nullable = false)
    private String participantNames = "";
    @Column(name = "PLANNED_FORMS", nullable = false)
    private String plannedForms = "";
    @Column(name = "PLANNED_NOTE", nullable = false)
    private String plannedNote = "";
    @Enumerated(EnumType.STRING)
    @Column(name = "RECORD_STATUS", nullable = false)
    private SupportStatus status = SupportStatus.OPENED;
    @Column(name = "OPENED_BY", nullable = false, updatable = false)
    private String openedBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "ROUTE_FOCUS")
    private RouteFocus routeFocus;
    @Enumerated(EnumType.STRING)
    @Column(name = "ROUTE_PLACE")
    private RoutePlace routePlace;
    @Column(name = "ROUTE_BASIS", nullable = false)
    private String routeBasis = "";
    @Column(name = "ROUTE_FROM")
    private LocalDate routeFrom;
    @Column(name = "ROUTE_TO")
    private LocalDate routeTo;
    @Enumerated(EnumType.STRING)
    @Column(name = "VERDICT")
    private Verdict verdict;
    @Enumerated(EnumType.STRING)
    @Column(name = "PROBLEMS_REMOVED")
    private ProblemsRemoved removed;
    @Column(name = "NOT_REMOVED", nullable = false)
    private String notRemoved = "";
    @Column(name = "REASONS", nullable = false)
    private String reasons = "";
    @Column(name = "NEEDS", nullable = false)
    private String needs = "";
    @Column(name = "DEVELOPMENT", nullable = false)
    private String development = "";
    @Column(name = "ANOTHER_ROUTE_WHY", nullable = false)
    private String anotherRouteWhy = "";
    @Column(name = "EFFECTIVE_WAYS", nullable = false)
    private String effectiveWays = "";
    @Column(name = "SIGNED_ON")
    private LocalDate signedOn;
    @Column(name = "SIGNED_BY", nullable = false)
    private String signedBy = "";
    @Column(name = "APPROVED_ON")
    private LocalDate approvedOn;
    @Column(name = "APPROVED_BY", nullable = false)
    private String approvedBy = "";
    @Column(name = "APPROVED_BY_NAME", nullable = false)
    private String approvedByName = "";
    @Column(name = "APPROVED_ROLE", nullable = false)
    private String approvedRole = "";
    @Column(name = "APPROVED_POSITION", nullable = false)
    private String approvedPosition = "";
    @Column(name = "PREVIOUS_ID")
    private Long previousId;
    @Column(name = "NEXT_ID")
    private Long nextId;

    protected SupportRecordEntity() {
    }

    public SupportRecordEntity(long teacherId, String openedBy, String createdBy, Instant createdAt) {
        super(createdBy, createdAt);
        this.teacherId = teacherId;
        this.openedBy = openedBy;
    }

    /** Takes the opening data (checked by the service). */
    public void describe(String teacherName, String teacherPosition, LocalDate decidedOn, long leadId,
            String leadName, List<Participant> participants, List<String> plannedForms, String plannedNote) {
        this.teacherName = teacherName;
        this.teacherPosition = teacherPosition == null ? "" : teacherPosition;
        this.decidedOn = decidedOn;
        this.leadId = leadId;
        this.leadName = leadName;
        this.participantIds = String.join(",", participants.stream().map(p -> String.valueOf(p.staffId())).toList());
        this.participantNames = String.join("\n", participants.stream().map(Participant::name).toList());
        this.plannedForms = Codes.join(plannedForms);
        this.plannedNote = plannedNote;
    }

    /** The record, if it is not concluded: a concluded record is read-only. */
    public SupportRecordEntity requireNotConcluded() {
        if (status == SupportStatus.CONCLUDED) {
            throw new ValidationException("", "teachersupport.error.concluded");
        }
        return this;
    }

    /** Work was recorded on the record: an opened record is in progress from now on. */
    public void worked() {
        status = Lifecycle.afterWork(status);
    }

    public void route(RouteDraft d) {
        routeFocus = d.focus();
        routePlace = d.place();
        routeBasis = d.basis();
        routeFrom = d.from();
        routeTo = d.to();
    }

    public boolean hasRoute() {
        return routeFrom != null;
    }

    public void conclusion(ConclusionDraft d) {
        verdict = d.verdict();
        removed = d.removed();
        notRemoved = d.notRemoved();
        reasons = d.reasons();
        needs = Codes.join(d.needs().stream().sorted().map(Enum::name).toList());
        development = d.development();
        anotherRouteWhy = d.anotherRouteWhy();
        effectiveWays = d.effectiveWays();
    }

    public void sign(LocalDate on, String by) {
        status = Lifecycle.afterSigning(status);
        signedOn = on;
        signedBy = by;
    }

    /** The approval of the signed conclusion: as taken, so that a later change of the chain or role changes nothing. */
    public void approve(LocalDate on, String login, String name, String role, String position) {
        approvedOn = on;
        approvedBy = login;
        approvedByName = name;
        approvedRole = role;
        approvedPosition = position;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public String getApprovedByName() {
        return approvedByName;
    }

    public String getApprovedRole() {
        return approvedRole;
    }

    public String getApprovedPosition() {
        return approvedPosition;
    }

    public void follows(long previous) {
        previousId = previous;
    }

    public void continuedBy(long next) {
        nextId = next;
    }

    public List<Participant> participants() {
        if (participantIds.isEmpty()) {
            return List.of();
        }
        String[] ids = participantIds.split(",");
        String[] names = participantNames.split("\n", -1);
        List<Participant> result = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            result.add(new Participant(Long.parseLong(ids[i]), i < names.length ? names[i] : ""));
        }
        return result;
    }

    public List<Long> participantIdList() {
        return participants().stream().map(Participant::staffId).toList();
    }

    public Set<TeacherNeed> needs() {
        Set<TeacherNeed> set = EnumSet.noneOf(TeacherNeed.class);
        Codes.split(needs).forEach(n -> set.add(TeacherNeed.valueOf(n)));
        return set;
    }

    public ConclusionDraft conclusionDraft() {
        return new ConclusionDraft(verdict, removed, notRemoved, reasons, needs(), development, anotherRouteWhy,
                effectiveWays);
    }

    public long getTeacherId() {
        return teacherId;
    }

    public String getTeacherName() {
        return teacherName;
    }

    public String getTeacherPosition() {
        return teacherPosition;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public long getLeadId() {
        return leadId;
    }

    public String getLeadName() {
        return leadName;
    }

    public List<String> getPlannedForms() {
        return Codes.split(plannedForms);
    }

    public String getPlannedNote() {
        return plannedNote;
    }

    public SupportStatus getStatus() {
        return status;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public RouteFocus getRouteFocus() {
        return routeFocus;
    }

    public RoutePlace getRoutePlace() {
        return routePlace;
    }

    public String getRouteBasis() {
        return routeBasis;
    }

    public LocalDate getRouteFrom() {
        return routeFrom;
    }

    public LocalDate getRouteTo() {
        return routeTo;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public Long getPreviousId() {
        return previousId;
    }

    public Long getNextId() {
        return nextId;
    }

    /** The ids of a comma-separated column, for the problems a diagnosis entry concerns. */
    public static List<Long> ids(String stored) {
        return stored == null || stored.isEmpty() ? List.of()
                : Arrays.stream(stored.split(",")).map(Long::parseLong).toList();
    }

    public static String ids(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }
}
