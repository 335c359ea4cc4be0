package org.opora.platform.ui.internal.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;

import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditEvent;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.ui.internal.HostContext;
import org.opora.platform.ui.internal.ViewEntry;
import org.opora.platform.ui.internal.ViewRegistry;

/**
 * The application frame: top bar (product, school, language, signed-in person, sign-out), the side navigation
 * built from the views the user may open, and the content. It follows modules coming and going while it is open.
 */
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private static final long serialVersionUID = 1L;

    private final transient HostContext context;
    private final VerticalLayout drawer = new VerticalLayout();
    private final H1 viewTitle = new H1();
    private transient Runnable unlisten = () -> { };
    /** Changes heard from the registry and not yet shown; one UI access at a time takes them all. */
    private final transient Queue<ViewRegistry.Change> changes = new ConcurrentLinkedQueue<>();
    private final transient AtomicBoolean catchingUp = new AtomicBoolean();
    /** The registry's generation the navigation was built from. */
    private volatile long builtAt;

    public MainLayout(HostContext context) {
        this.context = context;
        setPrimarySection(Section.DRAWER);
        // wide enough for the longest module entry (the programmes' one) without a horizontal scroll bar
        getElement().getStyle().set("--vaadin-app-layout-drawer-width", "18rem");
        viewTitle.setId("opora-view-title");
        viewTitle.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        addToNavbar(new DrawerToggle(), viewTitle, spacer(), school(), new LanguageSwitch(context.login()), userBox());
        drawer.setPadding(false);
        drawer.setSpacing(false);
        drawer.setId("opora-nav");
        addToDrawer(brand(), drawer);
        buildNavigation();
        noHorizontalScrollInTheDrawer();
    }

    /**
     * The drawer scrolls vertically when the menu is taller than the window; its scroll bar then narrows the drawer's
     * content, which made a horizontal scroll bar appear under the menu on 1280–1400 px screens. The menu's entries
     * wrap instead, so nothing is hidden by cutting the overflow.
     */
    private void noHorizontalScrollInTheDrawer() {
        getElement().executeJs("""
                if (this.shadowRoot && !this.shadowRoot.getElementById('opora-drawer-style')) {
                  const s = document.createElement('style');
                  s.id = 'opora-drawer-style';
                  s.textContent = "[part='drawer'] { overflow-x: hidden; }";
                  this.shadowRoot.appendChild(s);
                }""");
        drawer.getStyle().set("min-width", "0").set("overflow-wrap", "anywhere");
    }

    private Component brand() {
        Span product = new Span(getTranslation("platform.app.name"));
        product.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-xl)")
                .set("color", "var(--lumo-primary-text-color)");
        Span tagline = new Span(getTranslation("platform.app.tagline"));
        tagline.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout brand = new VerticalLayout(product, tagline);
        brand.setSpacing(false);
        brand.getStyle().set("padding", "var(--lumo-space-m)").set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        return brand;
    }

    private Component school() {
        String name = context.config().schoolName();
        Span school = new Span(name == null ? "" : name);
        school.setId("opora-school");
        school.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-right", "var(--lumo-space-m)");
        return school;
    }

    private static Component spacer() {
        Span spacer = new Span();
        spacer.getStyle().set("flex-grow", "1");
        return spacer;
    }

    private Component userBox() {
        OporaUser user = Session.user().orElseThrow();
        Span name = new Span(user.displayName());
        name.setId("opora-user");
        Button logout = new Button(getTranslation("platform.logout"), VaadinIcon.SIGN_OUT.create(), e -> logout());
        logout.setId("opora-logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button password = new Button(getTranslation("platform.password.menu"), VaadinIcon.KEY.create(),
                e -> UI.getCurrent().navigate(PasswordView.class));
        password.setId("opora-change-password");
        password.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout box = new HorizontalLayout(VaadinIcon.USER.create(), name, password, logout);
        box.setAlignItems(FlexComponent.Alignment.CENTER);
        box.getStyle().set("margin-right", "var(--lumo-space-m)");
        return box;
    }

    private void logout() {
        Session.user().ifPresent(u -> {
            context.audit().record(u.username(), new AuditEvent(AuditAction.LOGOUT, "platform.user", u.username(),
                    ""));
            context.sessions().signedOut(u.username(), VaadinSession.getCurrent());
        });
        UI.getCurrent().getPage().setLocation(loginLocation());
        VaadinSession.getCurrent().getSession().invalidate();
    }

    private static String loginLocation() {
        return VaadinService.getCurrentRequest() == null ? "/login"
                : VaadinService.getCurrentRequest().getContextPath() + "/login";
    }

    private void buildNavigation() {
        builtAt = context.views().generation();
        drawer.removeAll();
        OporaUser user = Session.user().orElseThrow();
        SideNav main = new SideNav();
        main.addItem(new SideNavItem(getTranslation("platform.home.title"), "", VaadinIcon.HOME.create()));
        Map<String, SideNav> groups = new LinkedHashMap<>();
        for (ViewEntry v : context.views().all()) {
            if (!v.navigation() || !user.has(v.permission())) {
                continue;
            }
            SideNav nav = v.group().isEmpty() ? main : groups.computeIfAbsent(v.group(), g -> {
                SideNav group = new SideNav(getTranslation(g));
                group.setCollapsible(true);
                return group;
            });
            nav.addItem(new SideNavItem(getTranslation(v.titleKey()), v.route(), Icons.of(v.icon())));
        }
        drawer.add(main);
        groups.values().forEach(drawer::add);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        unlisten = context.views().listen(change -> {
            changes.add(change);
            if (catchingUp.compareAndSet(false, true)) {
                ui.access(this::catchUp);
            }
        });
        // a push lost on its way (long polling) is made good by the next heartbeat, at the latest in a minute
        Registration heartbeat = ui.addHeartbeatListener(e -> {
            if (Session.user().isEmpty()) {
                ui.getPage().setLocation(loginLocation()); // the sign-in was ended and the push did not arrive
            } else if (builtAt != context.views().generation()) {
                catchUp();
            }
        });
        Runnable stopListening = unlisten;
        unlisten = () -> {
            stopListening.run();
            heartbeat.remove();
        };
        buildNavigation();
    }

    /**
     * Follows the views that came and went since the navigation was built, in one round however many arrived: the
     * user's permissions are read again (a module that comes may bring permissions granted since sign-in), the
     * navigation is rebuilt, and a page whose view went away is left for home with a note why.
     */
    private void catchUp() {
        catchingUp.set(false);
        List<ViewRegistry.Change> seen = new ArrayList<>();
        for (ViewRegistry.Change c = changes.poll(); c != null; c = changes.poll()) {
            seen.add(c);
        }
        Session.user().ifPresent(u -> Session.refresh(u, context.login()));
        if (Session.user().isEmpty()) {
            UI.getCurrent().getPage().setLocation(loginLocation());
            return;
        }
        buildNavigation();
        Component content = getContent();
        seen.stream().filter(c -> c.entry() != null && !c.added() && content != null
                && content.getClass() == c.entry().viewType()).findFirst().ifPresent(gone -> {
                    UI.getCurrent().navigate("");
                    Notification n = Notification.show(getTranslation("platform.view.removed",
                            getTranslation(gone.entry().titleKey())), 6000, Notification.Position.TOP_CENTER);
                    n.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
                });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        unlisten.run();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Component content = getContent();
        String title = content instanceof PasswordView ? getTranslation("platform.password.title")
                : content == null ? null : context.views().forType(content.getClass())
                        .map(v -> getTranslation(v.titleKey())).orElse(null);
        String app = getTranslation("platform.app.name");
        viewTitle.setText(title == null ? getTranslation("platform.home.title") : title);
        UI.getCurrent().getPage().setTitle(title == null ? app : title + " — " + app);
    }
}
