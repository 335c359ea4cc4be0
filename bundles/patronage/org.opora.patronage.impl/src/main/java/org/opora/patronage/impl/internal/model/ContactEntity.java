package org.opora.patronage.impl.internal.model;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.opora.patronage.api.work.Contact;
import org.opora.patronage.api.work.ContactDraft;
import org.opora.patronage.api.work.ContactForm;
import org.opora.patronage.api.work.ContactParty;
import org.opora.platform.persistence.RecordedEntity;

/** An entry of a case's contact log. */
@Entity
@Table(name = "CONTACT")
public class ContactEntity extends RecordedEntity {

    @Column(name = "CASE_ID", nullable = false, updatable = false)
    private long caseId;
    @Column(name = "CONTACT_DAY", nullable = false)
    private LocalDate date;
    @Enumerated(EnumType.STRING)
    @Column(name = "PARTY", nullable = false)
    private ContactParty party;
    @Column(name = "PERSON", nullable = false)
    private String person;
    @Enumerated(EnumType.STRING)
    @Column(name = "CONTACT_FORM", nullable = false)
    private ContactForm form;
    @Column(name = "CONTENT", nullable = false)
    private String content;
    @Column(name = "NEXT_STEP", nullable = false)
    private String nextStep;
    @Column(name = "NEXT_DUE")
    private LocalDate nextDue;
    @Column(name = "AUTHOR", nullable = false, updatable = false)
    private String author;

    protected ContactEntity() {
    }

    public ContactEntity(long caseId, String author, String createdBy, Instant createdAt) {
        super(createdBy, createdAt);
        this.caseId = caseId;
        this.author = author;
    }

    /** Takes the draft's values (checked by the service). */
    public void apply(ContactDraft d) {
        this.date = d.date();
        this.party = d.party();
        this.person = d.person();
        this.form = d.form();
        this.content = d.content();
        this.nextStep = d.nextStep();
        this.nextDue = d.nextStep().isEmpty() ? null : d.nextDue();
    }

    public Contact toRecord() {
        return new Contact(getId(), caseId, date, party, person, form, content, nextStep, nextDue, author,
                getVersion());
    }

    public long getCaseId() {
        return caseId;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getNextStep() {
        return nextStep;
    }

    public LocalDate getNextDue() {
        return nextDue;
    }
}
