package org.opora.teachersupport.ui.internal.page;

import java.util.List;
import java.util.stream.Collectors;

import org.opora.platform.api.security.OporaUser;
import org.opora.teachersupport.api.TeacherSupportSettings;
import org.opora.teachersupport.api.record.Problem;
import org.opora.teachersupport.api.record.SupportRecord;

/**
 * What the record page read once for its tabs: the record, the signed-in user, the school's settings, and how to read
 * everything afresh after a change. Its answers only decide which actions the page offers (the record's keepable,
 * workable and concludable flags while it is not concluded); the service checks each action again.
 *
 * @param services the services the tabs call
 * @param record   the record
 * @param user     the signed-in user, or {@code null}
 * @param settings the school's settings in the user's language
 * @param reload   reads the page afresh, keeping the open tab
 */
record RecordPage(RecordView.Services services, SupportRecord record, OporaUser user,
        TeacherSupportSettings settings, Runnable reload) {

    long id() {
        return record.id();
    }

    /** Whether the user corrects the opening record and its problems (the administration, the lead). */
    boolean keeps() {
        return record.keepable() && !record.concluded();
    }

    /** Whether the user records diagnosis, route, help and evidence (keepers and participants). */
    boolean works() {
        return record.workable() && !record.concluded();
    }

    /** Whether the user writes and signs the conclusion (the administration, the lead). */
    boolean concludes() {
        return record.concludable() && !record.concluded();
    }

    /** The label of a type of difficulty. */
    String difficulty(String code) {
        return TeacherSupportSettings.label(settings.difficultyTypes(), code);
    }

    /** "1. Description" of a problem. */
    static String problem(Problem p) {
        return p.position() + ". " + p.description();
    }

    /** The numbers of the problems with the ids, e.g. "1, 3". */
    String positions(List<Long> problemIds) {
        return record.problems().stream().filter(p -> problemIds.contains(p.id()))
                .map(p -> String.valueOf(p.position())).collect(Collectors.joining(", "));
    }
}
