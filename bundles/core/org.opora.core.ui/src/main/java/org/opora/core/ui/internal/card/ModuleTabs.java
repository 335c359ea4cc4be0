package org.opora.core.ui.internal.card;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.shared.Registration;

import org.opora.platform.api.security.OporaUser;
import org.opora.platform.ui.api.PupilCardSections;
import org.opora.platform.ui.api.StaffCardSections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tabs other modules add to a card (the pupil's, a member of staff's), after the core's own. A tab's content is
 * created when the tab is first opened (the module audits that read); the tabs are rebuilt when modules come or go.
 * Tabs have the ids {@code <card>-tab-module-<section>}, their contents {@code <card>-section-<section>}, where the
 * card is {@code pupil} or {@code staff-card}.
 *
 * @param <E> the card's whiteboard entry
 */
public final class ModuleTabs<E> {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleTabs.class);

    /** One card's sections as the tabs need them: the entries a user may see, and each entry's parts. */
    private record Sections<E>(Function<OporaUser, List<E>> visibleTo, Function<E, String> id,
            Function<E, String> titleKey, BiFunction<E, Long, Component> create) {
    }

    private final String card;
    private final TabSheet sheet;
    private final Sections<E> sections;
    private final int coreTabs;
    private final long recordId;
    private final Map<Tab, E> entries = new LinkedHashMap<>();
    private final Map<Tab, Div> holders = new LinkedHashMap<>();

    private ModuleTabs(String card, TabSheet sheet, int coreTabs, Sections<E> sections, long recordId) {
        this.card = card;
        this.sheet = sheet;
        this.coreTabs = coreTabs;
        this.sections = sections;
        this.recordId = recordId;
        sheet.addSelectedChangeListener(e -> fill(e.getSelectedTab()));
    }

    /** The modules' tabs of a pupil's card, after the {@code coreTabs} tabs of the core already in the sheet. */
    public static ModuleTabs<PupilCardSections.Entry> pupil(TabSheet sheet, int coreTabs, PupilCardSections sections,
            long pupilId) {
        return new ModuleTabs<>("pupil", sheet, coreTabs, new Sections<>(sections::visibleTo,
                PupilCardSections.Entry::id, PupilCardSections.Entry::titleKey, (e, id) -> e.section().create(id)),
                pupilId);
    }

    /** The modules' tabs of a staff member's card, after the {@code coreTabs} tabs of the core already in the sheet. */
    public static ModuleTabs<StaffCardSections.Entry> staff(TabSheet sheet, int coreTabs, StaffCardSections sections,
            long staffId) {
        return new ModuleTabs<>("staff-card", sheet, coreTabs, new Sections<>(sections::visibleTo,
                StaffCardSections.Entry::id, StaffCardSections.Entry::titleKey, (e, id) -> e.section().create(id)),
                staffId);
    }

    /**
     * Keeps a card's module tabs up to date while the card is attached to its UI: a change the whiteboard reports
     * is shown in a UI access (server push), and each heartbeat compares the tabs again, cheaply, so that a push lost
     * on its way (long polling) is made good within a heartbeat.
     *
     * @param onChange the whiteboard's {@code onChange}
     * @param changed  rebuilds the card's module tabs; runs on the UI's thread
     * @return what stops following (call it when the card is detached)
     */
    public static Runnable follow(UI ui, Function<Runnable, Runnable> onChange, Runnable changed) {
        Runnable unlisten = onChange.apply(() -> {
            try {
                ui.access(changed::run);
            } catch (UIDetachedException e) {
                // the user left the card meanwhile; the card stops following when it is detached
            }
        });
        Registration heartbeat = ui.addHeartbeatListener(e -> changed.run());
        return () -> {
            unlisten.run();
            heartbeat.remove();
        };
    }

    /**
     * Shows the sections the user may see now, after the core's tabs. Tabs that stay keep their content; an open
     * tab whose module left is replaced by the tab next to it.
     */
    public void rebuild(OporaUser user) {
        List<E> wanted = sections.visibleTo().apply(user);
        for (Tab tab : List.copyOf(entries.keySet())) {
            if (!wanted.contains(entries.get(tab))) {
                sheet.remove(tab);
                entries.remove(tab);
                holders.remove(tab);
            }
        }
        for (int i = 0; i < wanted.size(); i++) {
            E entry = wanted.get(i);
            if (!entries.containsValue(entry)) {
                Div holder = new Div();
                holder.setId(card + "-section-" + sections.id().apply(entry));
                holder.setSizeFull();
                Tab tab = new Tab(sheet.getTranslation(sections.titleKey().apply(entry)));
                tab.setId(card + "-tab-module-" + sections.id().apply(entry));
                sheet.add(tab, holder, coreTabs + i);
                entries.put(tab, entry);
                holders.put(tab, holder);
            }
        }
        fill(sheet.getSelectedTab());
    }

    private void fill(Tab tab) {
        E entry = entries.get(tab);
        Div holder = holders.get(tab);
        if (entry == null || holder.getChildren().findAny().isPresent()) {
            return;
        }
        try {
            holder.add(sections.create().apply(entry, recordId));
        } catch (RuntimeException e) {
            // a broken module must not take the card down with it
            LOG.error("Section {} of the {} card failed", sections.id().apply(entry), card, e);
            Paragraph failed = new Paragraph(sheet.getTranslation("core.ui.card.sectionFailed",
                    sheet.getTranslation(sections.titleKey().apply(entry))));
            failed.setId(card + "-section-failed-" + sections.id().apply(entry));
            holder.add(failed);
        }
    }
}
