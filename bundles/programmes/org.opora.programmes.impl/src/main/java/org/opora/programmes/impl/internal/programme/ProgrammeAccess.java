package org.opora.programmes.impl.internal.programme;

import org.opora.core.api.staff.BodyRoleMeaning;
import org.opora.core.support.Caller;
import org.opora.programmes.api.ProgrammesPermissions;
import org.opora.programmes.impl.internal.model.ProgrammeEntity;

/**
 * Who may do what with one programme (regulation 002 and the confidentiality of the form, "for official
 * use only"). The content is read by the system, holders of {@code programmes.read-all}, the curator, the
 * specialists responsible for a plan row, whoever drafted the programme and the consilium's chair. The programme
 * is kept (its content, plan, consent and transitions) by its curator and whoever drafted it; the review decision
 * may also be recorded by the consilium's chair, deputy chair and secretary; a row is marked done by its responsible specialist or the curator;
 * observations are the curator's.
 */
final class ProgrammeAccess {

    private ProgrammeAccess() {
    }

    /** @param responsible whether the caller is responsible for one of the programme's plan rows */
    static boolean canRead(Caller who, ProgrammeEntity p, boolean responsible) {
        return who.isSystem() || who.allows(ProgrammesPermissions.READ_ALL) || who.is(p.getCuratorId())
                || responsible || drafter(who, p) || who.holds(BodyRoleMeaning.CHAIR);
    }

    static boolean canKeep(Caller who, ProgrammeEntity p) {
        return who.isSystem() || who.is(p.getCuratorId()) || drafter(who, p);
    }

    /** The review decision (close, extend): the keepers and the consilium's chair, deputy chair and secretary. */
    static boolean canDecide(Caller who, ProgrammeEntity p) {
        return canKeep(who, p) || who.keeper();
    }

    static boolean canMarkDone(Caller who, ProgrammeEntity p, Long responsibleId) {
        return who.isSystem() || who.is(p.getCuratorId()) || who.is(responsibleId);
    }

    static boolean canObserve(Caller who, ProgrammeEntity p) {
        return who.isSystem() || who.is(p.getCuratorId());
    }

    private static boolean drafter(Caller who, ProgrammeEntity p) {
        return !who.isSystem() && who.login().equals(p.getCreatedBy());
    }
}
