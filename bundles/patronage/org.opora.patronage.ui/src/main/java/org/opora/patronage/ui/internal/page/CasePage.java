package org.opora.patronage.ui.internal.page;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.opora.core.api.staff.StaffMember;
import org.opora.patronage.api.PatronagePermissions;
import org.opora.platform.api.approval.ApprovalStep;
import org.opora.patronage.api.PatronageSettings;
import org.opora.patronage.api.cases.PatronageCase;
import org.opora.patronage.api.report.CuratorReport;
import org.opora.patronage.api.team.Assignment;
import org.opora.patronage.api.team.Curator;
import org.opora.patronage.api.work.Contact;
import org.opora.patronage.api.work.WorkItem;
import org.opora.platform.api.security.OporaUser;

/**
 * What the case page read once for its tabs: the case, the signed-in user and their staff record, the school's
 * settings, the curators, and how to read everything afresh after a change. Its answers only decide which actions
 * the page offers (the record's keepable and workable flags, the user's permissions, whether the user is a serving
 * curator); the service checks each action again.
 *
 * @param services       the services the tabs call
 * @param patronageCase  the case
 * @param user           the signed-in user, or {@code null}
 * @param me             the user's staff record, or {@code null} without one
 * @param settings       the school's settings in the user's language
 * @param curators       every curator the case has had, the serving ones first
 * @param reload         reads the page afresh, keeping the open tab
 */
record CasePage(CaseView.Services services, PatronageCase patronageCase, OporaUser user, StaffMember me,
        PatronageSettings settings, List<Curator> curators, Runnable reload) {

    long id() {
        return patronageCase.id();
    }

    boolean has(String permission) {
        return user != null && user.has(permission);
    }

    /** Whether the curator's term has not ended before today. */
    static boolean serving(Curator c) {
        return c.to() == null || !c.to().isBefore(LocalDate.now());
    }

    /** Whether the user is a serving (or appointed, coming) curator of the case. */
    boolean curator() {
        return me != null && curators.stream().anyMatch(c -> Objects.equals(c.staffId(), me.id()) && serving(c));
    }

    /** The user's curator's term serving today, if the user is a curator of the case today. */
    Curator servingTerm() {
        LocalDate today = LocalDate.now();
        return me == null ? null : curators.stream().filter(c -> Objects.equals(c.staffId(), me.id())
                && c.activeOn(today)).findFirst().orElse(null);
    }

    /** Whether the user submits the curator's report: a curator serving today on the open case. */
    boolean reports() {
        return patronageCase.open() && has(PatronagePermissions.WORK) && servingTerm() != null;
    }

    /** Whether the user may correct the report: its author, serving, while no finalised meeting discussed it. */
    boolean correctsReport(CuratorReport r) {
        return !r.discussed() && reports() && me.name().full().equals(r.author());
    }

    /** Whether the user keeps the case: corrects and closes it (the coordinator). */
    boolean keeps() {
        return patronageCase.keepable();
    }

    /**
     * Whether the user appoints, replaces and releases curators by order, on an open case: a holder of the approving
     * role of the school's chain {@code curatorOrderChain} (by default the director).
     */
    boolean appoints() {
        return patronageCase.open() && user != null && user.hasRole(appointer().role());
    }

    /**
     * Who signs the curators' orders of the case: the approving step of the school's chain (by default the director)
     * with its position and holders.
     */
    ApprovalStep appointer() {
        return services.curators().appointer(patronageCase.id());
    }

    /** Whether the user keeps the plan and the micro-team and involves specialists: the keepers and the curators. */
    boolean plans() {
        return patronageCase.open() && has(PatronagePermissions.WORK) && (keeps() || curator());
    }

    /** Whether the user logs contacts: everyone who works on the open case. */
    boolean logsContacts() {
        return patronageCase.workable() && has(PatronagePermissions.WORK);
    }

    /** Whether the user may mark the row done: who keeps the plan, or the row's responsible staff member. */
    boolean marksDone(WorkItem row) {
        return !row.done() && patronageCase.open() && has(PatronagePermissions.WORK)
                && (plans() || me != null && me.id() == row.responsibleId());
    }

    /** Whether the user may record the outcome of a request: who keeps the plan, or the specialist asked. */
    boolean recordsOutcome(Assignment a) {
        return !a.done() && patronageCase.open() && has(PatronagePermissions.WORK)
                && (plans() || me != null && Objects.equals(me.id(), a.staffId()));
    }

    /** Whether the user may correct the contact: its author or the coordinator, while the case is open. */
    boolean correctsContact(Contact c) {
        if (!patronageCase.open() || !has(PatronagePermissions.WORK)) {
            return false;
        }
        boolean author = me != null && me.name().full().equals(c.author())
                || me == null && user != null && user.displayName().equals(c.author());
        return keeps() || author && logsContacts();
    }
}
