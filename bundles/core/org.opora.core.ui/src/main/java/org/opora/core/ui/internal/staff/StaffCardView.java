package org.opora.core.ui.internal.staff;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;

import org.opora.core.api.NotFoundException;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ReferenceLists;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.staff.StaffService;
import org.opora.core.api.staff.StructureService;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Labels;
import org.opora.core.kit.RecordTabs;
import org.opora.core.ui.internal.card.ModuleTabs;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.api.StaffCardSections;

/**
 * The card of a member of staff ({@code staff/card/<id>}), opened from the staff list: a header and the core's tab
 * with the person's data and the bodies of the support service they belong to, followed by the tabs installed
 * modules contribute ({@link StaffCardSections}); module tabs come and go with their modules while the card is open.
 */
public class StaffCardView extends VerticalLayout implements HasUrlParameter<Long> {

    /** The route; the card of staff member 7 is {@code staff/card/7}. */
    public static final String ROUTE = "staff/card";

    private static final long serialVersionUID = 1L;

    private final transient Services services;
    private final transient StaffCardSections sections;
    private final transient SecurityContext security;
    private long staffId;
    private transient ModuleTabs<?> moduleTabs;
    private transient Runnable unlisten = () -> { };

    /** The core services the card calls. */
    public record Services(StaffService staff, StructureService structure, ReferenceLists lists) {
    }

    public StaffCardView(Services services, StaffCardSections sections, SecurityContext security) {
        this.services = services;
        this.sections = sections;
        this.security = security;
        setId("staff-card");
        setSizeFull();
    }

    /** The address of a staff member's card. */
    public static String route(long staffId) {
        return ROUTE + "/" + staffId;
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        if (id == null) {
            notFound();
            return;
        }
        staffId = id;
        load();
    }

    /** Reads the staff member afresh and shows the card, keeping the open tab. */
    void load() {
        int selected = RecordTabs.openIn(this);
        StaffMember member;
        try {
            member = services.staff().get(staffId);
        } catch (NotFoundException e) {
            notFound();
            return;
        } catch (RuntimeException e) {
            removeAll();
            moduleTabs = null;
            Failures.show(e);
            return;
        }
        show(member, selected);
    }

    private void show(StaffMember member, int selectedTab) {
        removeAll();
        OporaUser user = security.requireUser();
        Labels types = Labels.of(services.lists(), ReferenceList.SPECIALIST_TYPES, UI.getCurrent().getLocale());
        RecordTabs tabs = new RecordTabs("staff-card-tabs", "staff-card-tab-", "core.ui.staff.card.tab.")
                .add("main", new StaffMainTab(services, member, types, user, this::load));
        ModuleTabs<StaffCardSections.Entry> modules = ModuleTabs.staff(tabs.sheet(), tabs.sheet().getTabCount(),
                sections, member.id());
        moduleTabs = modules;
        modules.rebuild(user);
        add(header(member, types));
        addAndExpand(tabs.open(selectedTab));
    }

    private Div header(StaffMember member, Labels types) {
        Div header = new Div();
        header.setId("staff-card-header");
        H2 name = new H2(member.name().full());
        name.setId("staff-card-name");
        name.getStyle().set("margin-bottom", "0");
        HorizontalLayout title = new HorizontalLayout(name);
        title.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (!member.active()) {
            Span badge = new Span(getTranslation("core.ui.staff.card.inactive"));
            badge.setId("staff-card-inactive");
            badge.getElement().getThemeList().add("badge contrast");
            title.add(badge);
        }
        String specialities = types.labels(member.specialistTypes());
        Span facts = new Span(specialities.isEmpty() ? member.position()
                : getTranslation("core.ui.staff.card.positionAndTypes", member.position(), specialities));
        facts.setId("staff-card-facts");
        facts.getStyle().set("color", "var(--lumo-secondary-text-color)");
        header.add(back(), title, facts);
        return header;
    }

    private Anchor back() {
        Anchor back = new Anchor("staff", getTranslation("core.ui.staff.card.back"));
        back.setId("staff-card-back");
        back.getElement().setAttribute("router-link", true);
        return back;
    }

    private void notFound() {
        removeAll();
        moduleTabs = null;
        H2 title = new H2(getTranslation("core.ui.staff.card.notFound.title"));
        Paragraph text = new Paragraph(getTranslation("core.ui.staff.card.notFound.text"));
        text.setId("staff-not-found");
        add(back(), title, text);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        unlisten.run();
        unlisten = ModuleTabs.follow(event.getUI(), sections::onChange, this::modulesChanged);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        unlisten.run();
        unlisten = () -> { };
    }

    private void modulesChanged() {
        if (moduleTabs != null) {
            security.currentUser().ifPresent(moduleTabs::rebuild);
        }
    }
}
