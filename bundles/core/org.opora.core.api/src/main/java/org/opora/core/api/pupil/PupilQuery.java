package org.opora.core.api.pupil;

/**
 * A search in the pupil list.
 *
 * @param text     part of the surname, name or patronymic (case-insensitive), or "Surname Name" words; empty for all
 * @param classId  only this class, or {@code null}; a class of a past year lists that year's pupils, including
 *                 those who have left since
 * @param flag     only pupils with this flag active today, or empty
 * @param archived {@code true} for pupils who have left, {@code false} for current pupils
 */
public record PupilQuery(String text, Long classId, String flag, boolean archived) {

    public PupilQuery {
        text = text == null ? "" : text.strip();
        flag = flag == null ? "" : flag;
    }

    /** All current pupils. */
    public static PupilQuery all() {
        return new PupilQuery("", null, "", false);
    }

    /** Current pupils whose name contains the text. */
    public static PupilQuery byName(String text) {
        return new PupilQuery(text, null, "", false);
    }
}
