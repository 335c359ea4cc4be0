package org.opora.itest.module;

import java.util.Collection;
import java.util.Hashtable;
import java.util.List;

import org.opora.platform.api.duty.DutyProvider;
import org.opora.platform.api.print.PrintableDocument;
import org.opora.platform.api.security.PermissionDefinition;
import org.opora.platform.api.security.PermissionProvider;
import org.opora.platform.ui.api.PupilCardSection;
import org.opora.platform.ui.api.ViewContribution;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Registers the test module's view and permission (its persistence unit comes from the Meta-Persistence header). */
public class ModuleActivator implements BundleActivator {

    public static final String ROUTE = "itest-notes";
    public static final String PERMISSION = "itest.notes.read";

    @Override
    public void start(BundleContext context) {
        Hashtable<String, Object> view = new Hashtable<>();
        view.put("opora.view.route", ROUTE);
        view.put("opora.view.titleKey", "itest.notes.title");
        view.put("opora.view.icon", "vaadin:notebook");
        view.put("opora.view.order", 900);
        view.put("opora.view.permission", PERMISSION);
        context.registerService(ViewContribution.class, new NotesViewContribution(), view);
        context.registerService(PermissionProvider.class, new PermissionProvider() {
            @Override
            public Collection<PermissionDefinition> permissions() {
                return List.of(PermissionDefinition.of(PERMISSION, "itest.notes.permission", "administrator"));
            }
        }, null);
        context.registerService(PrintableDocument.class, new NotePrint(), null);
        context.registerService(DutyProvider.class, new NoteDuties(), null);
        Hashtable<String, Object> card = new Hashtable<>();
        card.put("opora.card.id", "itest-notes");
        card.put("opora.card.titleKey", "itest.card.title");
        card.put("opora.card.order", 300);
        card.put("opora.card.permission", PERMISSION);
        context.registerService(PupilCardSection.class, new NotesCardSection(), card);
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the services
    }
}
