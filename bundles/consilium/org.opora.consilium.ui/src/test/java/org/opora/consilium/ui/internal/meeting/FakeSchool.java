package org.opora.consilium.ui.internal.meeting;

import java.util.List;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.School;
import org.opora.core.api.SchoolService;

/** A school service with two academic years; everything else fails the test. */
public class FakeSchool implements SchoolService {

    @Override
    public School school() {
        throw Unexpected.call("school");
    }

    @Override
    public School update(String name, String number, String address, Long directorId, long version) {
        throw Unexpected.call("update");
    }

    @Override
    public List<AcademicYear> years() {
        return List.of(new AcademicYear(2025), new AcademicYear(2026));
    }
}
