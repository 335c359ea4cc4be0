package org.opora.teachersupport.impl.internal.model;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.opora.teachersupport.api.help.CompetitionLevel;
import org.opora.teachersupport.api.help.HelpDraft;
import org.opora.teachersupport.api.help.HelpEntry;
import org.opora.platform.persistence.RecordedEntity;

/** A form of help given to the supported teacher (regulation 004, 3.3 to 3.5). */
@Entity
@Table(name = "HELP")
public class HelpEntity extends RecordedEntity {

    @Column(name = "RECORD_ID", nullable = false, updatable = false)
    private long recordId;
    @Column(name = "HELP_FORM", nullable = false)
    private String form;
    @Column(name = "HELP_DAY", nullable = false)
    private LocalDate date;
    @Column(name = "PROVIDED_BY_ID")
    private Long providedById;
    @Column(name = "PROVIDED_BY", nullable = false)
    private String providedBy;
    @Column(name = "TOPIC", nullable = false)
    private String topic;
    @Column(name = "CONTENT", nullable = false)
    private String content;
    @Column(name = "RECOMMENDATIONS", nullable = false)
    private String recommendations;
    @Enumerated(EnumType.STRING)
    @Column(name = "COMPETITION_LEVEL")
    private CompetitionLevel competitionLevel;
    @Column(name = "COMPETITION_RESULT", nullable = false)
    private String competitionResult = "";
    @Column(name = "DIRECTION", nullable = false)
    private String direction = "";

    protected HelpEntity() {
    }

    public HelpEntity(long recordId, String createdBy, Instant createdAt) {
        super(createdBy, createdAt);
        this.recordId = recordId;
    }

    /** Takes the draft (checked by the service) with the name of who gave the help. */
    public void apply(HelpDraft d, String providedByName, boolean competition) {
        form = d.form();
        date = d.date();
        providedById = d.providedById();
        providedBy = providedByName;
        topic = d.topic();
        content = d.content();
        recommendations = d.recommendations();
        competitionLevel = competition ? d.competitionLevel() : null;
        competitionResult = competition ? d.competitionResult() : "";
        direction = d.direction();
    }

    public HelpEntry toRecord() {
        return new HelpEntry(getId(), recordId, form, date, providedById, providedBy, topic, content,
                recommendations, competitionLevel, competitionResult, direction, getVersion());
    }

    public LocalDate getDate() {
        return date;
    }

    public String getDirection() {
        return direction;
    }

    public String getForm() {
        return form;
    }

    public String getTopic() {
        return topic;
    }

    public String getProvidedBy() {
        return providedBy;
    }

    public long getRecordId() {
        return recordId;
    }
}
