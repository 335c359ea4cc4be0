package org.opora.patronage.ui.internal.common;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;

import org.opora.core.api.CorePermissions;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.staff.StaffService;
import org.opora.core.kit.Failures;
import org.opora.platform.api.security.OporaUser;

/**
 * Tells a holder of {@code patronage.coordinate} whom the service does not let keep cases — not of the school's
 * coordinating specialist type and not reading every case — who opens cases and writes the year's schedule, naming
 * the coordinators, instead of buttons the service would refuse (003 section 2.2).
 */
public final class CoordinatorNote {

    private CoordinatorNote() {
    }

    /**
     * The paragraph, with the id given.
     *
     * @param staff           the core's staff, to name the coordinators (read only with {@code core.staff.read})
     * @param coordinatorType the school's coordinating specialist type
     * @param user            the signed-in user
     */
    public static Paragraph of(StaffService staff, String coordinatorType, OporaUser user, String id) {
        UI ui = UI.getCurrent();
        List<StaffMember> coordinators = user != null && user.has(CorePermissions.STAFF_READ)
                ? Failures.read(() -> staff.ofType(coordinatorType), List.<StaffMember>of()) : List.of();
        String names = String.join(", ", coordinators.stream().map(s -> s.name().full()).toList());
        Paragraph text = new Paragraph(names.isEmpty() ? ui.getTranslation("patronage.ui.notCoordinatorUnnamed")
                : ui.getTranslation("patronage.ui.notCoordinator", names));
        text.setId(id);
        return text;
    }
}
