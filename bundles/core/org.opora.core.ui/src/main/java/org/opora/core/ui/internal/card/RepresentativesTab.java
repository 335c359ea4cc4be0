package org.opora.core.ui.internal.card;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.core.api.pupil.PupilCard;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.pupil.Representative;
import org.opora.core.kit.Confirm;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Grids;
import org.opora.core.kit.Labels;
import org.opora.platform.ui.api.Notifications;

/**
 * The representatives tab: the pupil's legal representatives; those who may edit the pupil add, change and remove
 * them. Row buttons are numbered by the row ({@code representative-edit-0} is the first row).
 */
class RepresentativesTab extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient PupilService pupils;
    private final transient Labels relations;
    private final transient Runnable reload;
    private final long pupilId;

    RepresentativesTab(PupilService pupils, PupilCard card, Labels relations, Runnable reload) {
        this.pupils = pupils;
        this.relations = relations;
        this.reload = reload;
        this.pupilId = card.pupil().id();
        setId("pupil-representatives");
        setPadding(false);
        List<Representative> list = card.representatives();
        Grid<Representative> grid = Grids.grid("representatives-grid");
        Grids.column(grid, Representative::fullName, "core.ui.person.fullName").setFlexGrow(2);
        Grids.column(grid, r -> relations.label(r.relation()), "core.ui.representative.relation");
        Grids.column(grid, Representative::phone, "core.ui.common.phone");
        Grids.column(grid, Representative::email, "core.ui.common.email");
        if (card.editable()) {
            grid.addComponentColumn(r -> actions(r, list.indexOf(r)))
                    .setHeader(getTranslation("core.ui.common.actions")).setAutoWidth(true).setFlexGrow(0);
            Button add = Forms.primary("representative-add", "core.ui.representative.add", () -> edit(null));
            add.setIcon(VaadinIcon.PLUS.create());
            add(add);
        } else {
            Paragraph readOnly = ReadOnlyNote.of(card, "representatives-read-only");
            if (readOnly != null) {
                add(readOnly);
            }
        }
        grid.setItems(list);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("core.ui.representative.none"));
        add(grid);
    }

    private HorizontalLayout actions(Representative r, int index) {
        HorizontalLayout box = new HorizontalLayout(
                Forms.rowButton("representative-edit-" + index, VaadinIcon.EDIT, "core.ui.common.edit",
                        () -> edit(r)),
                Forms.rowButton("representative-remove-" + index, VaadinIcon.TRASH, "core.ui.common.remove",
                        () -> remove(r)));
        box.setSpacing(false);
        return box;
    }

    private void edit(Representative existing) {
        new RepresentativeDialog(pupils, relations, pupilId, existing, reload).open();
    }

    private void remove(Representative r) {
        Confirm.ask("representative-remove", getTranslation("core.ui.representative.remove.title"),
                getTranslation("core.ui.representative.remove.text", r.fullName()),
                getTranslation("core.ui.common.remove"), () -> {
                    Failures.on(java.util.Map.of(), reload).run(() -> {
                        pupils.removeRepresentative(r.id());
                        Notifications.success(getTranslation("core.ui.representative.removed", r.fullName()));
                        reload.run();
                    });
                });
    }
}
