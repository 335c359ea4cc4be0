package org.opora.teachersupport.api;

/**
 * The permissions opora-teacher-support declares. Who reads a support record is decided per record (regulation 004
 * and the confidentiality of a teacher's record): its lead, its participants, the administration that keeps the
 * records and the holders of {@link #READ_ALL}; the supported teacher reads their own record only when the school's
 * settings say so. Every read of a record and every refused attempt is journaled.
 */
public final class TeacherSupportPermissions {

    /** Open the teacher-support views; the records listed are those the caller may read. */
    public static final String ACCESS = "teachersupport.access";
    /**
     * Work on a record as its lead (the deputy director, a methodologist or the teacher's mentor) or a participant:
     * diagnosis, route, checkpoints, help and evidence; the lead also writes and signs the conclusion.
     */
    public static final String WORK = "teachersupport.work";
    /** Decide to support a teacher: open records, name the lead and the participants (the administration). */
    public static final String MANAGE = "teachersupport.manage";
    /** Read every record and the year's summary (the director and the deputy director). */
    public static final String READ_ALL = "teachersupport.read-all";

    private TeacherSupportPermissions() {
    }
}
