package org.opora.programmes.ui.internal.programme;

import java.util.Objects;

import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.programme.PlanRow;
import org.opora.programmes.api.programme.Programme;
import org.opora.platform.api.security.OporaUser;
import org.opora.programmes.ui.internal.common.SchoolLists;

/**
 * What the programme page read once for its tabs: the programme, the signed-in user and their staff record, and how
 * to read everything afresh after a change. Its answers only decide which actions the page offers; the service
 * checks each of them again.
 *
 * @param services  the services the tabs call
 * @param programme the programme
 * @param user      the signed-in user, or {@code null}
 * @param myStaffId the user's staff record, or {@code null} without one
 * @param lists     the school's configured lists in the user's language
 * @param reload    reads the page afresh, keeping the open tab
 */
record ProgrammePage(ProgrammeView.Services services, Programme programme, OporaUser user, Long myStaffId,
        SchoolLists lists, Runnable reload) {

    /** Whether the user is the programme's curator. */
    boolean curator() {
        return myStaffId != null && Objects.equals(myStaffId, programme.curatorId());
    }

    /**
     * Whether the user takes the programme through its way, as the service allows it: the curator, or the specialist
     * who drafted it (a specialist who drafts programmes but not this one only reads it).
     */
    boolean manages() {
        return curator() || drafter();
    }

    /** Whether the user drafted this programme (the first «draft» step is theirs). */
    boolean drafter() {
        return user != null && programme.steps().stream()
                .filter(s -> ProgrammeState.DRAFT.name().equals(s.kind())).findFirst()
                .map(s -> user.username().equals(s.by())).orElse(false);
    }

    /** Whether the content may be written now (before approval, or after the parents refused). */
    boolean editable() {
        ProgrammeState s = programme.state();
        boolean open = s == ProgrammeState.DRAFT || s == ProgrammeState.DISCUSSED_WITH_PARENTS
                || s == ProgrammeState.CONSENT_REFUSED;
        return open && manages();
    }

    /** Whether an approved, still running programme may be changed as a new revision. */
    boolean changeable() {
        return programme.state().approved() && programme.state().active() && manages();
    }

    /** Whether the user may mark the row done: its responsible specialist or the curator, while support runs. */
    boolean mayMarkDone(PlanRow row) {
        boolean running = programme.state() == ProgrammeState.APPROVED
                || programme.state() == ProgrammeState.IN_PROGRESS || programme.state() == ProgrammeState.REVIEW;
        boolean mine = curator() || myStaffId != null && Objects.equals(myStaffId, row.responsibleId());
        return running && !row.done() && mine;
    }

    boolean has(String permission) {
        return user != null && user.has(permission);
    }
}
