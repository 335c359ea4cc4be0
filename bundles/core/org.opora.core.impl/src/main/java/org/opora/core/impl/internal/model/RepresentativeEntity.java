package org.opora.core.impl.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.opora.core.api.pupil.Representative;
import org.opora.core.api.pupil.RepresentativeDraft;

/** A legal representative of a pupil. */
@Entity
@Table(name = "REPRESENTATIVE")
public class RepresentativeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "PUPIL_ID", nullable = false, updatable = false)
    private long pupilId;
    @Column(name = "FULL_NAME", nullable = false)
    private String fullName;
    @Column(name = "RELATION", nullable = false)
    private String relation;
    @Column(name = "PHONE", nullable = false)
    private String phone;
    @Column(name = "EMAIL", nullable = false)
    private String email;
    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected RepresentativeEntity() {
    }

    public RepresentativeEntity(long pupilId, RepresentativeDraft draft) {
        this.pupilId = pupilId;
        apply(draft);
    }

    public void apply(RepresentativeDraft d) {
        fullName = d.fullName();
        relation = d.relation();
        phone = d.phone();
        email = d.email();
    }

    public Representative toRecord() {
        return new Representative(id, fullName, relation, phone, email, version);
    }

    public long getPupilId() {
        return pupilId;
    }

    public long getVersion() {
        return version;
    }
}
