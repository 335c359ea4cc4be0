package org.opora.core.impl.internal.model;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.pupil.SchoolClass;
import org.opora.platform.persistence.VersionedEntity;

/** A class in one academic year. */
@Entity
@Table(name = "SCHOOL_CLASS")
public class ClassEntity extends VersionedEntity {

    @Column(name = "ACADEMIC_YEAR", nullable = false)
    private int year;
    @Column(name = "GRADE", nullable = false)
    private int grade;
    @Column(name = "LETTER", nullable = false)
    private String letter;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "CLASS_TEACHER_ID")
    private StaffEntity classTeacher;
    /** The teachers who work in the class besides its class teacher. */
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "CLASS_TEACHING", joinColumns = @JoinColumn(name = "CLASS_ID"),
            inverseJoinColumns = @JoinColumn(name = "STAFF_ID"))
    private Set<StaffEntity> teachers = new HashSet<>();

    protected ClassEntity() {
    }

    public ClassEntity(AcademicYear year, int grade, String letter, StaffEntity classTeacher) {
        this.year = year.startYear();
        this.grade = grade;
        this.letter = letter;
        this.classTeacher = classTeacher;
    }

    public SchoolClass toRecord(int pupils) {
        return new SchoolClass(getId(), year(), grade, letter, classTeacher == null ? null : classTeacher.getId(),
                teacherName(), pupils, getVersion());
    }

    public String teacherName() {
        return classTeacher == null ? "" : classTeacher.name().full();
    }

    public String name() {
        return grade + letter;
    }

    public AcademicYear year() {
        return new AcademicYear(year);
    }

    public int getGrade() {
        return grade;
    }

    public String getLetter() {
        return letter;
    }

    public StaffEntity getClassTeacher() {
        return classTeacher;
    }

    public void update(int grade, String letter, StaffEntity classTeacher) {
        this.grade = grade;
        this.letter = letter;
        this.classTeacher = classTeacher;
    }

    public Set<StaffEntity> getTeachers() {
        return teachers;
    }

    /** Replaces the teachers who work in the class. */
    public void teachers(Set<StaffEntity> staff) {
        teachers.clear();
        teachers.addAll(staff);
    }
}
