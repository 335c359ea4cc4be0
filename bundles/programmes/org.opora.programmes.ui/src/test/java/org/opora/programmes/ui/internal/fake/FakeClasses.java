package org.opora.programmes.ui.internal.fake;

import java.util.List;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.pupil.ClassDraft;
import org.opora.core.api.pupil.ClassService;
import org.opora.core.api.pupil.PromotionResult;
import org.opora.core.api.pupil.SchoolClass;
import org.opora.core.ui.testing.Unexpected;

/** A class service that lists the given classes for any year; everything else fails the test. */
public class FakeClasses implements ClassService {

    private final List<SchoolClass> classes;

    public FakeClasses(List<SchoolClass> classes) {
        this.classes = List.copyOf(classes);
    }

    @Override
    public List<SchoolClass> classes(AcademicYear year) {
        return classes;
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
    public PromotionResult promote() {
        throw Unexpected.call("promote");
    }

    @Override
    public PromotionResult promotionPreview() {
        throw Unexpected.call("promotionPreview");
    }
}
