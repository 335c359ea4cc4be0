package org.opora.core.impl.internal.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.School;

/** The one row describing the school (id 1). */
@Entity
@Table(name = "SCHOOL")
public class SchoolEntity {

    public static final long ID = 1L;

    @Id
    private Long id = ID;
    @Column(name = "NAME", nullable = false)
    private String name = "";
    @Column(name = "NUM", nullable = false)
    private String number = "";
    @Column(name = "ADDRESS", nullable = false)
    private String address = "";
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "DIRECTOR_ID")
    private StaffEntity director;
    @Column(name = "CURRENT_YEAR", nullable = false)
    private int currentYear;
    @Column(name = "DEMO", nullable = false)
    private boolean demo;
    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    protected SchoolEntity() {
    }

    public SchoolEntity(AcademicYear currentYear) {
        this.currentYear = currentYear.startYear();
    }

    public School toRecord() {
        return new School(name, number, address, director == null ? null : director.getId(),
                director == null ? "" : director.name().initials(), currentYear(), version);
    }

    public void update(String name, String number, String address, StaffEntity director) {
        this.name = name;
        this.number = number;
        this.address = address;
        this.director = director;
    }

    public AcademicYear currentYear() {
        return new AcademicYear(currentYear);
    }

    public void setCurrentYear(AcademicYear year) {
        this.currentYear = year.startYear();
    }

    /** Whether the school was seeded as demonstration data. */
    public boolean isDemo() {
        return demo;
    }

    public void setDemo(boolean demo) {
        this.demo = demo;
    }

    public long getVersion() {
        return version;
    }
}
