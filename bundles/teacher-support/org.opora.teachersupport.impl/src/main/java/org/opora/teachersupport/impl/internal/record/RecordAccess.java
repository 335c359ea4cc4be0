package org.opora.teachersupport.impl.internal.record;

import java.util.List;

import org.opora.core.support.Caller;
import org.opora.teachersupport.api.TeacherSupportPermissions;

/**
 * Who may do what with one support record (regulation 004 and the confidentiality of a teacher's record), decided
 * from facts the services read. The administration (holders of {@code teachersupport.manage}) keeps every record; the
 * lead keeps the record they lead (with {@code teachersupport.work}); the participants record the work (with
 * {@code teachersupport.work}); the holders of {@code teachersupport.read-all} read every record; the supported
 * teacher reads their own record only when the school's settings say so, and never changes it.
 *
 * @param system        the system (start-up, demo loader): everything
 * @param keeper        the caller holds {@code teachersupport.manage}
 * @param readAll       the caller holds read-all
 * @param lead          the caller leads the record
 * @param participant   the caller takes part in it
 * @param teacher       the caller is the supported teacher
 * @param teacherReads  whether the settings let the teacher read their own record
 * @param works         the caller holds {@code teachersupport.work}
 * @param approver      the caller holds the role that approves the conclusion and the conclusion is signed (they
 *                      read what they approve)
 */
public record RecordAccess(boolean system, boolean keeper, boolean readAll, boolean lead, boolean participant,
        boolean teacher, boolean teacherReads, boolean works, boolean approver) {

    public static RecordAccess of(Caller who, long teacherId, long leadId, List<Long> participantIds,
            boolean teacherReads) {
        Long me = who.staffId();
        return new RecordAccess(who.isSystem(), who.allows(TeacherSupportPermissions.MANAGE),
                who.allows(TeacherSupportPermissions.READ_ALL), who.is(leadId),
                me != null && participantIds.contains(me), who.is(teacherId), teacherReads,
                who.allows(TeacherSupportPermissions.WORK), false);
    }

    /** The same access, reading as the approver of the signed conclusion when {@code approves}. */
    public RecordAccess approving(boolean approves) {
        return new RecordAccess(system, keeper, readAll, lead, participant, teacher, teacherReads, works, approves);
    }

    public boolean canRead() {
        return system || keeper || readAll || lead || participant || teacher && teacherReads || approver;
    }

    /** Correct the opening record and its problems, write and sign the conclusion: the administration, the lead. */
    public boolean canKeep() {
        return system || keeper || lead && works;
    }

    /** Record diagnosis, route, checkpoints, help and evidence: the keepers and the participants. */
    public boolean canWork() {
        return canKeep() || participant && works;
    }

    /** Whether the caller leads or takes part in the record (for "mine"). */
    public boolean worksOn() {
        return lead || participant;
    }
}
