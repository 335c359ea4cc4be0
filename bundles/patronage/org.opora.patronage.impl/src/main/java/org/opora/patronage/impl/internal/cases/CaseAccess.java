package org.opora.patronage.impl.internal.cases;

import java.util.Set;

import org.opora.core.support.Caller;
import org.opora.patronage.api.PatronagePermissions;

/**
 * Who may do what with one case (regulation 003 and the confidentiality of its records), decided from facts the
 * services read. The case is kept — opened, corrected, closed, its micro-team formed and specialists involved — by the
 * coordinator (staff of the coordinating type with {@code patronage.coordinate}) and by the holders of
 * {@code patronage.coordinate} who also read every case. It is read by its keepers, the holders of
 * {@code patronage.read-all}, its curators, its micro-team and the specialists assigned to it. Its plan is kept by
 * its keepers and curators; contacts are logged by them and the micro-team.
 *
 * @param system      the system (start-up, demo loader): everything
 * @param keeper      the caller keeps the case
 * @param readAll     the caller holds read-all
 * @param curator     the caller is a serving curator of the case (or was when it closed)
 * @param team        the caller is in the micro-team
 * @param specialist  the caller is a specialist assigned to the case
 */
public record CaseAccess(boolean system, boolean keeper, boolean readAll, boolean curator, boolean team,
        boolean specialist) {

    /**
     * @param coordinates whether the caller is of the coordinating specialist type
     * @param curators    the staff ids of the case's serving curators
     * @param team        the staff ids of its serving micro-team
     * @param specialists the staff ids of the specialists assigned to it
     */
    public static CaseAccess of(Caller who, boolean coordinates, Set<Long> curators, Set<Long> team,
            Set<Long> specialists) {
        boolean readAll = who.allows(PatronagePermissions.READ_ALL);
        return new CaseAccess(who.isSystem(), keeps(who, coordinates), readAll, in(who, curators), in(who, team),
                in(who, specialists));
    }

    /** Whether the caller keeps cases in general (opens them): the coordinator, or a coordinating reader of all. */
    public static boolean keeps(Caller who, boolean coordinates) {
        return who.isSystem() || who.allows(PatronagePermissions.COORDINATE)
                && (coordinates || who.allows(PatronagePermissions.READ_ALL));
    }

    private static boolean in(Caller who, Set<Long> staffIds) {
        return who.staffId() != null && staffIds.contains(who.staffId());
    }

    public boolean canRead() {
        return system || keeper || readAll || curator || team || specialist;
    }

    public boolean canKeep() {
        return system || keeper;
    }

    /** Keep the work plan: the keepers and the curators. */
    public boolean canPlan() {
        return canKeep() || curator;
    }

    /** Log contacts: the keepers, the curators and the micro-team. */
    public boolean canLogContacts() {
        return canPlan() || team;
    }

    /** Whether the caller works on the case (for "my cases"): curator, micro-team or assigned specialist. */
    public boolean worksOn() {
        return curator || team || specialist;
    }
}
