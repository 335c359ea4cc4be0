package org.opora.core.ui.testing;

import java.util.List;
import java.util.Set;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.pupil.ClassDraft;
import org.opora.core.api.pupil.ClassService;
import org.opora.core.api.pupil.PromotionResult;
import org.opora.core.api.pupil.SchoolClass;

/**
 * A class service that lists the given classes for any year; without them, and for every other call it does not
 * override, it fails the test.
 */
public class FakeClasses implements ClassService {

    private final List<SchoolClass> classes;

    /** Fails on every call a test does not override. */
    public FakeClasses() {
        this.classes = null;
    }

    /** Lists these classes for any year. */
    public FakeClasses(List<SchoolClass> classes) {
        this.classes = List.copyOf(classes);
    }

    @Override
    public List<SchoolClass> classes(AcademicYear year) {
        if (classes == null) {
            throw Unexpected.call("classes");
        }
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
    public SchoolClass create(AcademicYear year, ClassDraft draft, Set<Long> teacherIds) {
        throw Unexpected.call("create");
    }

    @Override
    public SchoolClass update(long classId, long version, ClassDraft draft, Set<Long> teacherIds) {
        throw Unexpected.call("update");
    }

    @Override
    public Set<Long> teacherIds(long classId) {
        throw Unexpected.call("teacherIds");
    }

    @Override
    public List<SchoolClass> workedInBy(long staffId, AcademicYear year) {
        throw Unexpected.call("workedInBy");
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
