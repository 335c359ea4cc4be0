package org.opora.programmes.impl.internal.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.opora.core.support.Codes;
import org.opora.platform.persistence.RecordedEntity;
import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.Step;
import org.opora.programmes.api.programme.Consent;
import org.opora.programmes.api.programme.Programme;
import org.opora.programmes.api.programme.ProgrammeDraft;
import org.opora.programmes.api.programme.ProtocolCitation;
import org.opora.programmes.api.programme.Task;

/**
 * One revision of an individual support programme, field for field as the header table of the 002 form. The
 * pupil's data are snapshotted from the core when the first revision is written and copied into later ones; an
 * extension or a change after approval is a new row pointing to the revision it continues.
 */
@Entity
@Table(name = "PROGRAMME")
public class ProgrammeEntity extends RecordedEntity {

    @Column(name = "REVISION", nullable = false, updatable = false)
    private int revision;
    @Column(name = "PREVIOUS_ID", updatable = false)
    private Long previousId;
    @Column(name = "PUPIL_ID", nullable = false, updatable = false)
    private long pupilId;
    @Column(name = "PUPIL_NAME", nullable = false)
    private String pupilName;
    @Column(name = "BIRTH_DATE")
    private LocalDate birthDate;
    @Column(name = "CLASS_NAME", nullable = false)
    private String className;
    @Column(name = "CLASS_TEACHER", nullable = false)
    private String classTeacher;
    @Column(name = "PARENTS", nullable = false)
    private String parents;
    @Column(name = "PROTOCOL_NO", nullable = false)
    private String protocolNumber = "";
    @Column(name = "PROTOCOL_DATE")
    private LocalDate protocolDate;
    @Column(name = "PROTOCOL_ITEM_ID")
    private Long protocolItemId;
    @Column(name = "GROUNDS", nullable = false)
    private String grounds = "";
    @Column(name = "DIAGNOSTICS_TEXT", nullable = false)
    private String diagnostics = "";
    @Column(name = "GOAL", nullable = false)
    private String goal = "";
    @Column(name = "PARTICIPANTS", nullable = false)
    private String participants = "";
    @Column(name = "INTERNAL_RESOURCES", nullable = false)
    private String internalResources = "";
    @Column(name = "EXTERNAL_RESOURCES", nullable = false)
    private String externalResources = "";
    @Column(name = "EXPECTED_RESULTS", nullable = false)
    private String expectedResults = "";
    @Column(name = "CRITERIA", nullable = false)
    private String criteria = "";
    @Column(name = "START_DATE")
    private LocalDate startDate;
    @Column(name = "END_DATE")
    private LocalDate endDate;
    @Column(name = "DIRECTIONS", nullable = false)
    private String directions = "";
    @Column(name = "RISK_CATEGORY", nullable = false)
    private String riskCategory = "";
    @Column(name = "CURATOR_ID")
    private Long curatorId;
    @Column(name = "CURATOR_NAME", nullable = false)
    private String curatorName = "";
    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", nullable = false)
    private ProgrammeState state;
    @Column(name = "CONSENT_GIVEN")
    private Boolean consentGiven;
    @Column(name = "CONSENT_DATE")
    private LocalDate consentDate;
    @Column(name = "CONSENT_BY", nullable = false)
    private String consentBy = "";
    @Column(name = "CONSENT_NOTE", nullable = false)
    private String consentNote = "";

    protected ProgrammeEntity() {
    }

    /** A first revision in {@code DRAFT}, with the pupil as the core gives them now. */
    public ProgrammeEntity(PupilSnapshot pupil, String createdBy, Instant createdAt) {
        super(createdBy, createdAt);
        this.revision = 1;
        this.pupilId = pupil.pupilId();
        this.pupilName = pupil.name();
        this.birthDate = pupil.birthDate();
        this.className = pupil.className();
        this.classTeacher = pupil.classTeacher();
        this.parents = pupil.parents();
        this.state = ProgrammeState.DRAFT;
    }

    /**
     * The next revision of a programme: the pupil, the content, the curator and the drafter of the previous one
     * (who made the revision is a recorded step).
     */
    public ProgrammeEntity nextRevision(ProgrammeState initial, Instant at) {
        ProgrammeEntity next = new ProgrammeEntity(snapshot(), getCreatedBy(), at);
        next.revision = revision + 1;
        next.previousId = getId();
        next.state = initial;
        next.protocol(protocolNumber, protocolDate, protocolItemId);
        next.grounds = grounds;
        next.diagnostics = diagnostics;
        next.goal = goal;
        next.participants = participants;
        next.internalResources = internalResources;
        next.externalResources = externalResources;
        next.expectedResults = expectedResults;
        next.criteria = criteria;
        next.startDate = startDate;
        next.endDate = endDate;
        next.directions = directions;
        next.riskCategory = riskCategory;
        next.curator(curatorId, curatorName);
        return next;
    }

    /** The content as the checked draft gives it (the pupil and the curator are set apart). */
    public void write(ProgrammeDraft d) {
        ProtocolCitation p = d.protocol();
        if (p == null) {
            protocol("", null, null);
        } else {
            protocol(p.number(), p.date(), p.itemId());
        }
        this.grounds = d.grounds();
        this.diagnostics = d.diagnostics();
        this.goal = d.goal();
        this.participants = d.participants();
        this.internalResources = d.internalResources();
        this.externalResources = d.externalResources();
        this.expectedResults = d.expectedResults();
        this.criteria = d.criteria();
        this.startDate = d.start();
        this.endDate = d.end();
        this.directions = Codes.join(d.directions());
        this.riskCategory = d.riskCategory() == null ? "" : d.riskCategory();
    }

    public void protocol(String number, LocalDate date, Long itemId) {
        this.protocolNumber = number == null ? "" : number;
        this.protocolDate = date;
        this.protocolItemId = itemId;
    }

    public void curator(Long staffId, String name) {
        this.curatorId = staffId;
        this.curatorName = name == null ? "" : name;
    }

    public void consent(Consent consent) {
        this.consentGiven = consent.given();
        this.consentDate = consent.date();
        this.consentBy = consent.representative() == null ? "" : consent.representative();
        this.consentNote = consent.note();
    }

    public void setState(ProgrammeState state) {
        this.state = state;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public PupilSnapshot snapshot() {
        return new PupilSnapshot(pupilId, pupilName, birthDate, className, classTeacher, parents);
    }

    /** The parents' answer, or {@code null} while none is recorded. */
    public Consent getConsent() {
        return consentGiven == null ? null : new Consent(consentGiven, consentDate, consentBy, consentNote);
    }

    public ProtocolCitation getProtocol() {
        return protocolNumber.isEmpty() && protocolDate == null ? null
                : new ProtocolCitation(protocolNumber, protocolDate, protocolItemId);
    }

    /** The fields of the form a school may require before approval. */
    public org.opora.programmes.impl.internal.rules.DescriptivePartRule.Content requiredContent() {
        return new org.opora.programmes.impl.internal.rules.DescriptivePartRule.Content(grounds, diagnostics, goal,
                participants, internalResources, externalResources, expectedResults, criteria,
                Codes.split(directions));
    }

    public Programme toRecord(List<Task> tasks, List<Step> steps) {
        return new Programme(getId(), revision, previousId, pupilId, pupilName, birthDate, className, classTeacher,
                parents, getProtocol(), grounds, diagnostics, goal, tasks, participants, internalResources,
                externalResources, expectedResults, criteria, startDate, endDate, Codes.split(directions),
                riskCategory, curatorId, curatorName, state, getConsent(), steps, getVersion());
    }

    public int getRevision() {
        return revision;
    }

    public Long getPreviousId() {
        return previousId;
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

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getGrounds() {
        return grounds;
    }

    public String getDiagnostics() {
        return diagnostics;
    }

    public String getGoal() {
        return goal;
    }

    public String getRiskCategory() {
        return riskCategory;
    }

    public Long getCuratorId() {
        return curatorId;
    }

    public String getCuratorName() {
        return curatorName;
    }

    public ProgrammeState getState() {
        return state;
    }
}
