package org.opora.core.api.pupil;

import java.util.List;
import java.util.Set;

import org.opora.core.api.AcademicYear;
import org.osgi.annotation.versioning.ProviderType;

/** Classes per academic year and the promotion to the next year. */
@ProviderType
public interface ClassService {

    /** The classes of a year, by grade and letter. */
    List<SchoolClass> classes(AcademicYear year);

    SchoolClass get(long classId);

    /** @throws org.opora.core.api.ValidationException for a grade out of range or a class that exists */
    SchoolClass create(AcademicYear year, ClassDraft draft);

    /** @throws org.opora.core.api.ConflictException when somebody changed the class since {@code version} was read */
    SchoolClass update(long classId, long version, ClassDraft draft);

    /**
     * As {@link #create(AcademicYear, ClassDraft)}, with the teachers who work in the class (subject teachers; the
     * class teacher is given in the draft), in one transaction.
     *
     * @throws org.opora.core.api.ValidationException for an unknown or inactive staff member too
     * @since 1.1
     */
    SchoolClass create(AcademicYear year, ClassDraft draft, Set<Long> teacherIds);

    /**
     * As {@link #update(long, long, ClassDraft)}, replacing the teachers who work in the class, in one transaction.
     *
     * @since 1.1
     */
    SchoolClass update(long classId, long version, ClassDraft draft, Set<Long> teacherIds);

    /**
     * The staff ids of the teachers who work in the class (not the class teacher, unless also listed). With the
     * class teacher they are the people who read its pupils with {@link org.opora.core.api.CorePermissions#PUPIL_READ}.
     *
     * @since 1.1
     */
    Set<Long> teacherIds(long classId);

    /**
     * The classes of the year the staff member leads as class teacher or teaches in.
     *
     * @since 1.1
     */
    List<SchoolClass> workedInBy(long staffId, AcademicYear year);

    /** Deletes a class that has never had pupils. */
    void delete(long classId);

    /** The classes the staff member leads as class teacher in the year. */
    List<SchoolClass> ledBy(long staffId, AcademicYear year);

    /**
     * Moves the whole school from the current year to the next in one transaction: every class of grade N gets a
     * class of grade N+1 with the same letter and class teacher, its pupils move there (their history keeps the
     * old class), and pupils of the highest grade are archived as graduates. The next year becomes current.
     *
     * @throws org.opora.core.api.ValidationException when the next year already has classes
     */
    PromotionResult promote();

    /**
     * What {@link #promote()} would do now, without doing it: the figures shown before the irreversible step.
     *
     * @throws org.opora.core.api.ValidationException in the cases {@code promote} refuses
     */
    PromotionResult promotionPreview();
}
