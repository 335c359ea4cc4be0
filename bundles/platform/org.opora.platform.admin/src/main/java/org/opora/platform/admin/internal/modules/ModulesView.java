package org.opora.platform.admin.internal.modules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.opora.platform.ui.api.Notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Opora modules with their state; administrators install and uninstall them here. Karaf works on a background
 * thread; the view shows progress and hears of the outcome through server push.
 */
public class ModulesView extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ModulesView.class);
    private static final int MAX_ERROR = 300;

    /** What is being done to a module. */
    enum Operation { INSTALL, UNINSTALL }

    private final transient ModuleCatalog catalog;
    private final transient ModuleOperations operations;
    private final boolean mayChange;
    private final Grid<Module> grid = new Grid<>();
    private final ProgressBar progress = new ProgressBar();
    private final Map<String, Operation> running = new HashMap<>();

    public ModulesView(ModuleCatalog catalog, ModuleOperations operations, boolean mayChange) {
        this.catalog = catalog;
        this.operations = operations;
        this.mayChange = mayChange;
        setId("admin-modules");
        setSizeFull();
        add(new H2(getTranslation("admin.modules.title")), new Paragraph(getTranslation("admin.modules.intro")));
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.setId("admin-modules-progress");
        add(progress);
        configureGrid();
        add(grid);
        reload();
    }

    private void configureGrid() {
        grid.setId("admin-modules-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Module::name).setHeader(getTranslation("admin.modules.name")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Module::description).setHeader(getTranslation("admin.modules.description")).setFlexGrow(1);
        grid.addColumn(Module::version).setHeader(getTranslation("admin.modules.version")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::stateBadge).setHeader(getTranslation("admin.modules.state")).setAutoWidth(true)
                .setFlexGrow(0);
        if (mayChange) {
            grid.addComponentColumn(this::actions).setHeader(getTranslation("admin.modules.actions"))
                    .setAutoWidth(true).setFlexGrow(0);
        }
        grid.setSizeFull();
    }

    private void reload() {
        try {
            List<Module> modules = catalog.modules();
            grid.setItems(modules);
        } catch (Exception e) {
            LOG.error("Karaf's features could not be listed", e);
            grid.setItems(List.of());
            Notifications.error(getTranslation("admin.modules.error.list"));
        }
        progress.setVisible(!running.isEmpty());
    }

    private Component stateBadge(Module m) {
        Operation op = running.get(m.id());
        Span badge = new Span(op == null ? getTranslation(m.state().key())
                : getTranslation(op == Operation.INSTALL ? "admin.modules.installing" : "admin.modules.uninstalling"));
        String theme = switch (m.state()) {
            case STARTED -> "badge success";
            case INSTALLED -> "badge";
            case NOT_INSTALLED -> "badge contrast";
        };
        badge.getElement().setAttribute("theme", op == null ? theme : "badge");
        badge.setId("admin-module-state-" + m.name());
        return badge;
    }

    private Component actions(Module m) {
        HorizontalLayout box = new HorizontalLayout();
        box.setAlignItems(FlexComponent.Alignment.CENTER);
        boolean busy = !running.isEmpty();
        if (!m.installed()) {
            Button install = new Button(getTranslation("admin.modules.install"), VaadinIcon.DOWNLOAD.create(),
                    e -> start(m, Operation.INSTALL));
            install.setId("admin-module-install-" + m.name());
            install.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            install.setEnabled(!busy);
            install.setDisableOnClick(true);
            box.add(install);
        } else if (m.removable()) {
            Button uninstall = new Button(getTranslation("admin.modules.uninstall"), VaadinIcon.TRASH.create(),
                    e -> confirmUninstall(m));
            uninstall.setId("admin-module-uninstall-" + m.name());
            uninstall.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            uninstall.setEnabled(!busy);
            box.add(uninstall);
        }
        return box;
    }

    private void confirmUninstall(Module m) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("admin-modules-confirm");
        dialog.setHeader(getTranslation("admin.modules.confirm.title", m.name()));
        dialog.setText(getTranslation("admin.modules.confirm.text", m.name()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("admin.common.cancel"));
        dialog.setConfirmText(getTranslation("admin.modules.uninstall"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> start(m, Operation.UNINSTALL));
        dialog.open();
    }

    private void start(Module m, Operation op) {
        UI ui = UI.getCurrent();
        CompletableFuture<Void> work;
        try {
            work = op == Operation.INSTALL ? operations.install(m) : operations.uninstall(m);
        } catch (IllegalArgumentException e) {
            Notifications.error(getTranslation(e.getMessage()));
            reload();
            return;
        } catch (RuntimeException e) {
            LOG.warn("Module operation on {} could not start", m.id(), e);
            Notifications.error(getTranslation("admin.modules.error.start"));
            reload();
            return;
        }
        running.put(m.id(), op);
        grid.getDataProvider().refreshAll();
        progress.setVisible(true);
        work.whenComplete((done, error) -> finish(ui, m, op, error));
    }

    /** Runs on the background thread when Karaf is done; the UI may be gone by then, or this bundle refreshed. */
    private void finish(UI ui, Module m, Operation op, Throwable error) {
        try {
            ui.access(() -> {
                running.remove(m.id());
                if (error == null) {
                    Notifications.success(getTranslation(op == Operation.INSTALL ? "admin.modules.installed"
                            : "admin.modules.uninstalled", m.name()));
                } else {
                    Notifications.error(getTranslation(op == Operation.INSTALL ? "admin.modules.error.install"
                            : "admin.modules.error.uninstall", m.name(), shorten(error.getMessage())));
                }
                reload();
            });
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("The modules view that started the operation on {} is gone", m.id(), e);
        }
    }

    /** Karaf's resolution errors run to pages; the log has them whole. */
    private static String shorten(String message) {
        String m = message == null ? "" : message;
        return m.length() > MAX_ERROR ? m.substring(0, MAX_ERROR) + " …" : m;
    }
}
