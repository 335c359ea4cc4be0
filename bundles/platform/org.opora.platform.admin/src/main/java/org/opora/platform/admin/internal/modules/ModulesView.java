package org.opora.platform.admin.internal.modules;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
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
import org.opora.platform.admin.internal.modules.ModuleOperations.Operation;
import org.opora.platform.ui.api.Notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Opora modules with their state; administrators install and uninstall them here. Karaf works on a background
 * thread; every open modules view shows the progress and the outcome through server push, whoever started the
 * operation (here or in the Karaf console). While an operation runs, the view also polls once a second, so that
 * the outcome arrives even if a push is missed; an idle view does not poll (it would keep the session alive).
 */
public class ModulesView extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ModulesView.class);
    static final int POLL_MILLIS = 1000;

    private final transient ModuleCatalog catalog;
    private final transient ModuleOperations operations;
    private final boolean mayChange;
    private final Grid<Module> grid = new Grid<>();
    private final ProgressBar progress = new ProgressBar();
    private transient List<Module> modules = List.of();
    private transient Runnable unlisten;

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

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        UI ui = event.getUI();
        unlisten = operations.listen(() -> ui.access(this::reload));
        reload();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (unlisten != null) {
            unlisten.run();
            unlisten = null;
        }
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }

    private void configureGrid() {
        grid.setId("admin-modules-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::nameCell).setHeader(getTranslation("admin.modules.name")).setWidth("22rem")
                .setFlexGrow(0);
        grid.addColumn(m -> m.summary(getLocale())).setHeader(getTranslation("admin.modules.description"))
                .setFlexGrow(1);
        grid.addColumn(Module::release).setHeader(getTranslation("admin.modules.version")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::stateBadge).setHeader(getTranslation("admin.modules.state")).setAutoWidth(true)
                .setFlexGrow(0);
        if (mayChange) {
            grid.addComponentColumn(this::actions).setHeader(getTranslation("admin.modules.actions"))
                    .setAutoWidth(true).setFlexGrow(0);
        }
        // a handful of rows: the page scrolls, not the grid, so every row and its buttons are in reach
        grid.setWidthFull();
        grid.setAllRowsVisible(true);
    }

    private void reload() {
        try {
            modules = catalog.modules();
            grid.setItems(modules);
        } catch (Exception e) {
            LOG.error("Karaf's features could not be listed", e);
            modules = List.of();
            grid.setItems(modules);
            Notifications.error(getTranslation("admin.modules.error.list"));
        }
        boolean busy = operations.busy();
        progress.setVisible(busy);
        getUI().ifPresent(ui -> ui.setPollInterval(busy ? POLL_MILLIS : -1));
    }

    private Component nameCell(Module m) {
        Span title = new Span(m.title(getLocale()));
        title.getStyle().set("font-weight", "600");
        Span feature = new Span(m.name());
        feature.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout cell = new VerticalLayout(title, feature);
        cell.setPadding(false);
        cell.setSpacing(false);
        return cell;
    }

    private Component stateBadge(Module m) {
        Operation op = operations.running(m.name());
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
        boolean busy = operations.busy();
        if (!m.installed()) {
            Button install = new Button(getTranslation("admin.modules.install"), VaadinIcon.DOWNLOAD.create(),
                    e -> start(m, Operation.INSTALL, List.of()));
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
        List<Module> dependents = ModuleCatalog.dependents(m, modules);
        String title = m.title(getLocale());
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("admin-modules-confirm");
        dialog.setHeader(getTranslation("admin.modules.confirm.title", title));
        if (dependents.isEmpty()) {
            dialog.setText(getTranslation("admin.modules.confirm.text", title));
            dialog.setConfirmText(getTranslation("admin.modules.uninstall"));
        } else {
            dialog.setText(getTranslation("admin.modules.confirm.dependents", title, titles(dependents)));
            dialog.setConfirmText(getTranslation("admin.modules.uninstallAll", dependents.size() + 1));
        }
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("admin.common.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> start(m, Operation.UNINSTALL, dependents));
        dialog.open();
    }

    private String titles(List<Module> list) {
        return list.stream().map(d -> getTranslation("admin.modules.quoted", d.title(getLocale()))).collect(Collectors.joining(", "));
    }

    private void start(Module m, Operation op, List<Module> dependents) {
        UI ui = UI.getCurrent();
        CompletableFuture<Void> work;
        try {
            work = op == Operation.INSTALL ? operations.install(m) : operations.uninstall(m, dependents);
        } catch (IllegalArgumentException | IllegalStateException e) {
            Notifications.error(getTranslation(e.getMessage()));
            reload();
            return;
        } catch (RuntimeException e) {
            LOG.warn("Module operation on {} could not start", m.id(), e);
            Notifications.error(getTranslation("admin.modules.error.start"));
            reload();
            return;
        }
        work.whenComplete((done, error) -> finish(ui, m, op, dependents, error));
    }

    /**
     * Runs on the background thread when Karaf is done; tells the administrator who started it. The UI may be gone
     * by then, or this bundle refreshed. (The grid of every open view is reloaded by the operations' listeners.)
     */
    private void finish(UI ui, Module m, Operation op, List<Module> dependents, Throwable error) {
        try {
            ui.access(() -> {
                String title = dependents.isEmpty() ? titles(List.of(m))
                        : titles(java.util.stream.Stream.concat(dependents.stream(), java.util.stream.Stream.of(m))
                                .toList());
                if (error == null) {
                    Notifications.success(getTranslation(op == Operation.INSTALL ? "admin.modules.installed"
                            : "admin.modules.uninstalled", title));
                } else {
                    Notifications.error(getTranslation(ModuleOperations.reasonKey(op, error), title));
                }
                reload();
            });
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("The modules view that started the operation on {} is gone", m.id(), e);
        }
    }
}
