package org.opora.consilium.impl.internal.fake;

import java.util.List;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.School;
import org.opora.core.api.SchoolService;

/** A school with a fixed name. */
public class FakeSchool implements SchoolService {

    public static final String NAME = "School No. 1";

    @Override
    public School school() {
        return new School(NAME, "1", "", null, "", new AcademicYear(2026), 1);
    }

    @Override
    public School update(String name, String number, String address, Long directorId, long version) {
        throw new AssertionError("not expected in this test");
    }

    @Override
    public List<AcademicYear> years() {
        return List.of(new AcademicYear(2026));
    }

    @Override
    public boolean isDemo() {
        return false;
    }
}
