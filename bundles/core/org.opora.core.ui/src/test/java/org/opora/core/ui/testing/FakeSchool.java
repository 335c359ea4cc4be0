package org.opora.core.ui.testing;

import java.util.List;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.School;
import org.opora.core.api.SchoolService;

/** A school service that reads a school and its academic years; changes fail the test unless overridden. */
public class FakeSchool implements SchoolService {

    /** The current academic year of {@link #SCHOOL}. */
    public static final AcademicYear YEAR = new AcademicYear(2025);
    /** The school {@link #FakeSchool()} reads. */
    public static final School SCHOOL = new School("School 59", "59", "Nevsky 1", 9L, "Smirnova E. V.", YEAR, 3);

    private final School school;
    private final List<AcademicYear> years;

    /** {@link #SCHOOL}, in its current {@link #YEAR} and the year before. */
    public FakeSchool() {
        this(SCHOOL, List.of(new AcademicYear(YEAR.startYear() - 1), YEAR));
    }

    /** The school and the academic years; a {@code null} school fails the test that reads it. */
    public FakeSchool(School school, List<AcademicYear> years) {
        this.school = school;
        this.years = List.copyOf(years);
    }

    /** Only these academic years: reading the school fails the test. */
    public static FakeSchool withYears(List<AcademicYear> years) {
        return new FakeSchool(null, years);
    }

    @Override
    public School school() {
        if (school == null) {
            throw Unexpected.call("school");
        }
        return school;
    }

    @Override
    public School update(String name, String number, String address, Long directorId, long version) {
        throw Unexpected.call("update");
    }

    @Override
    public List<AcademicYear> years() {
        return years;
    }

    @Override
    public boolean isDemo() {
        return false;
    }
}
