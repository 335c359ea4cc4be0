package org.opora.core.ui.internal;

import java.util.List;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.School;
import org.opora.core.api.SchoolService;

/** A school service that reads the school of {@link Data}; changes fail the test unless overridden. */
public class FakeSchool implements SchoolService {

    @Override
    public School school() {
        return Data.SCHOOL;
    }

    @Override
    public School update(String name, String number, String address, Long directorId, long version) {
        throw Unexpected.call("update");
    }

    @Override
    public List<AcademicYear> years() {
        return List.of(new AcademicYear(Data.YEAR.startYear() - 1), Data.YEAR);
    }
}
