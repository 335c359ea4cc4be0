package org.opora.core.impl.internal.demo;

import org.opora.core.api.pupil.ClassDraft;

/**
 * A class of the current academic year.
 *
 * @param grade           grade 1-11
 * @param letter          the letter
 * @param classTeacherKey the staff key of the class teacher
 */
public record DemoClass(int grade, String letter, String classTeacherKey) {

    /** The class name, grade followed by letter, as pupils refer to it. */
    public String name() {
        return grade + letter;
    }

    /** The draft to create the class from, once the class teacher's record id is known. */
    public ClassDraft toDraft(Long classTeacherId) {
        return new ClassDraft(grade, letter, classTeacherId);
    }
}
