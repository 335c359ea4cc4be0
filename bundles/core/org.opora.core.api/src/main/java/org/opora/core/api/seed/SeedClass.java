package org.opora.core.api.seed;

/**
 * A class of the seed's academic year.
 *
 * @param grade           grade 1-11
 * @param letter          the letter
 * @param classTeacherKey the staff key of the class teacher, or {@code null}
 */
public record SeedClass(int grade, String letter, String classTeacherKey) {

    /** The class name, grade followed by letter, by which pupils refer to it. */
    public String name() {
        return grade + letter;
    }
}
