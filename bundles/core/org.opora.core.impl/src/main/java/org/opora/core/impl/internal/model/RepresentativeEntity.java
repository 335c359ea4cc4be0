package org.opora.core.impl.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.opora.core.api.pupil.Representative;
import org.opora.core.api.pupil.RepresentativeDraft;
import org.opora.platform.persistence.VersionedEntity;

/** A legal representative of a pupil. */
@Entity
@Table(name = "REPRESENTATIVE")
public class RepresentativeEntity extends VersionedEntity {

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
        return new Representative(getId(), fullName, relation, phone, email, getVersion());
    }

    public long getPupilId() {
        return pupilId;
    }
}
