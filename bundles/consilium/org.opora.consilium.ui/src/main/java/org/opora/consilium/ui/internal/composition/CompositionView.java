package org.opora.consilium.ui.internal.composition;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import org.opora.consilium.api.ConsiliumService;
import org.opora.consilium.ui.internal.referral.ReferralTexts;
import org.opora.core.api.staff.BodyMember;
import org.opora.core.api.staff.BodyRoles;
import org.opora.core.api.staff.OrderService;
import org.opora.core.api.staff.StaffService;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Grids;
import org.opora.core.kit.OrderPicker;
import org.opora.platform.api.approval.ApprovalStep;
import org.opora.platform.api.security.SecurityContext;

/**
 * The composition of the consilium (regulation 002: appointed by the director's order — chair, deputy chair,
 * secretary and members) today, with the orders that appointed them, and every earlier appointment. While an order
 * is required, the holder of the role that signs it (the school's chain {@code compositionOrderChain}, by default the
 * director) appoints members and ends memberships, and the page names the position and the people holding it;
 * otherwise those who manage the school's structure do.
 */
public class CompositionView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    /** The services the view calls. */
    public record Services(ConsiliumService consilium, StaffService staff, OrderService orders,
            SecurityContext security, BodyRoles roles) {
    }

    private final transient Services services;
    private final boolean manage;
    private final Grid<BodyMember> current = Grids.grid("composition-grid");
    private final Grid<BodyMember> history = Grids.grid("composition-history-grid");

    public CompositionView(Services services) {
        this.services = services;
        this.manage = Failures.read(() -> services.consilium().canManageComposition(), false);
        setId("composition");
        setWidthFull();
        add(new H2(getTranslation("consilium.ui.composition.title")));
        boolean orderRequired = ReferralTexts.settings(services.consilium()).orderRequired();
        ApprovalStep signer = orderRequired ? Failures.read(() -> services.consilium().compositionSigner(), null)
                : null;
        if (signer != null) {
            Paragraph who = new Paragraph(getTranslation("consilium.ui.composition.signer", signer.position(),
                    signer.holders().isEmpty() ? getTranslation("consilium.ui.composition.signer.nobody")
                            : String.join(", ", signer.holders())));
            who.setId("composition-signer");
            add(who);
        }
        if (manage) {
            String signs = signer == null ? null : getTranslation("consilium.ui.composition.signs",
                    signer.position(), services.security().requireUser().displayName());
            Button appoint = Forms.primary("composition-appoint", "consilium.ui.composition.appoint",
                    () -> new AppointDialog(services, orderRequired, signs, this::reload).open());
            appoint.setIcon(VaadinIcon.USER_CHECK.create());
            add(appoint);
        }
        Roles roles = new Roles(services.roles());
        columns(current, roles, false);
        if (manage) {
            current.addComponentColumn(m -> Forms.rowButton("composition-end-" + m.id(), VaadinIcon.SIGN_OUT,
                    "consilium.ui.composition.end", () -> new EndMembershipDialog(services, m, this::reload).open()))
                    .setAutoWidth(true).setFlexGrow(0);
        }
        current.setAllRowsVisible(true);
        current.setEmptyStateText(getTranslation("consilium.ui.composition.none"));
        columns(history, roles, true);
        history.setAllRowsVisible(true);
        history.setEmptyStateText(getTranslation("consilium.ui.composition.noHistory"));
        Details details = new Details(getTranslation("consilium.ui.composition.history"), history);
        details.setId("composition-history");
        details.setWidthFull();
        add(current, details);
        reload();
    }

    private static void columns(Grid<BodyMember> grid, Roles roles, boolean withEnd) {
        Grids.column(grid, m -> roles.label(m.role()), "consilium.ui.composition.role");
        Grids.column(grid, BodyMember::staffName, "consilium.ui.composition.name").setFlexGrow(2);
        Grids.column(grid, m -> Dates.format(m.from()), "consilium.ui.composition.from");
        if (withEnd) {
            Grids.column(grid, m -> Dates.format(m.to()), "consilium.ui.composition.to");
        }
        Grids.column(grid, m -> OrderPicker.reference(m.orderNumber(), m.orderDate()),
                "consilium.ui.composition.order");
    }

    private void reload() {
        current.setItems(Failures.read(() -> services.consilium().composition(LocalDate.now()), List.of()));
        history.setItems(Failures.read(() -> services.consilium().compositionHistory(), List.of()));
    }
}
