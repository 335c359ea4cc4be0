package org.opora.core.ui.internal;

import java.util.List;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.pupil.ClassDraft;
import org.opora.core.api.pupil.ClassService;
import org.opora.core.api.pupil.PromotionResult;
import org.opora.core.api.pupil.SchoolClass;
import org.opora.core.ui.testing.Unexpected;

/** A class service that fails the test on every call it does not override. */
public class FakeClasses implements ClassService {

    @Override
    public List<SchoolClass> classes(AcademicYear year) {
        throw Unexpected.call("classes");
    }

    @Override
    public SchoolClass get(long classId) {
        throw Unexpected.call("get");
    }

    @Override
    public SchoolClass create(AcademicYear year, ClassDraft draft) {
        throw Unexpected.call("create");
    }

    @Override
    public SchoolClass update(long classId, long version, ClassDraft draft) {
        throw Unexpected.call("update");
    }

    @Override
    public void delete(long classId) {
        throw Unexpected.call("delete");
    }

    @Override
    public List<SchoolClass> ledBy(long staffId, AcademicYear year) {
        throw Unexpected.call("ledBy");
    }

    @Override
    public PromotionResult promotionPreview() {
        throw Unexpected.call("promotionPreview");
    }

    @Override
    public PromotionResult promote() {
        throw Unexpected.call("promote");
    }
}
