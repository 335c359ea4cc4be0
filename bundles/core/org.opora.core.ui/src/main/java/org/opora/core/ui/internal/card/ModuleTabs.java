package org.opora.core.ui.internal.card;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;

import org.opora.platform.api.security.OporaUser;
import org.opora.platform.ui.api.PupilCardSections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tabs other modules add to the pupil card, after the core's own. A tab's content is created when the tab is
 * first opened (the module audits that read); the tabs are rebuilt when modules come or go.
 */
final class ModuleTabs {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleTabs.class);

    private final TabSheet sheet;
    private final PupilCardSections sections;
    private final int coreTabs;
    private final long pupilId;
    private final Map<Tab, PupilCardSections.Entry> entries = new LinkedHashMap<>();
    private final Map<Tab, Div> holders = new LinkedHashMap<>();

    /** @param coreTabs how many tabs of the core come first */
    ModuleTabs(TabSheet sheet, int coreTabs, PupilCardSections sections, long pupilId) {
        this.sheet = sheet;
        this.coreTabs = coreTabs;
        this.sections = sections;
        this.pupilId = pupilId;
        sheet.addSelectedChangeListener(e -> fill(e.getSelectedTab()));
    }

    /**
     * Shows the sections the user may see now, after the core's tabs. Tabs that stay keep their content; an open
     * tab whose module left is replaced by the tab next to it.
     */
    void rebuild(OporaUser user) {
        List<PupilCardSections.Entry> wanted = sections.visibleTo(user);
        for (Tab tab : List.copyOf(entries.keySet())) {
            if (!wanted.contains(entries.get(tab))) {
                sheet.remove(tab);
                entries.remove(tab);
                holders.remove(tab);
            }
        }
        for (int i = 0; i < wanted.size(); i++) {
            PupilCardSections.Entry entry = wanted.get(i);
            if (!entries.containsValue(entry)) {
                Div holder = new Div();
                holder.setId("pupil-section-" + entry.id());
                holder.setSizeFull();
                Tab tab = new Tab(sheet.getTranslation(entry.titleKey()));
                tab.setId("pupil-tab-module-" + entry.id());
                sheet.add(tab, holder, coreTabs + i);
                entries.put(tab, entry);
                holders.put(tab, holder);
            }
        }
        fill(sheet.getSelectedTab());
    }

    private void fill(Tab tab) {
        PupilCardSections.Entry entry = entries.get(tab);
        Div holder = holders.get(tab);
        if (entry == null || holder.getChildren().findAny().isPresent()) {
            return;
        }
        try {
            holder.add(entry.section().create(pupilId));
        } catch (RuntimeException e) {
            // a broken module must not take the card down with it
            LOG.error("Pupil card section {} failed", entry.id(), e);
            Paragraph failed = new Paragraph(sheet.getTranslation("core.ui.card.sectionFailed",
                    sheet.getTranslation(entry.titleKey())));
            failed.setId("pupil-section-failed-" + entry.id());
            holder.add(failed);
        }
    }
}
