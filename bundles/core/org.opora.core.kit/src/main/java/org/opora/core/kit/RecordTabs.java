package org.opora.core.kit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;

/**
 * The tabs of a record's page (a pupil card, a meeting, a programme, a case) that stay on the open tab when the page
 * reads its record afresh after a change. Each tab has the id {@code <tabIdPrefix><name>} and the label of the
 * message {@code <labelKeyPrefix><name>}:
 *
 * <pre>{@code
 * int open = RecordTabs.openIn(this);          // before removeAll()
 * RecordTabs tabs = new RecordTabs("patronage-case-tabs", "patronage-tab-", "patronage.ui.case.tab.")
 *         .add("curators", new CuratorsPanel(page))
 *         .add("plan", new PlanPanel(page));
 * addAndExpand(tabs.open(open));
 * }</pre>
 */
public final class RecordTabs {

    private final TabSheet sheet = new TabSheet();
    private final String tabIdPrefix;
    private final String labelKeyPrefix;

    /**
     * @param id             the sheet's id
     * @param tabIdPrefix    the prefix of the tabs' ids, e.g. {@code patronage-tab-}
     * @param labelKeyPrefix the prefix of the tabs' message keys, e.g. {@code patronage.ui.case.tab.}
     */
    public RecordTabs(String id, String tabIdPrefix, String labelKeyPrefix) {
        this.tabIdPrefix = tabIdPrefix;
        this.labelKeyPrefix = labelKeyPrefix;
        sheet.setId(id);
        sheet.setWidthFull();
    }

    /** The index of the open tab of the page's record tabs (a direct child), 0 when it has none yet. */
    public static int openIn(Component page) {
        return page.getChildren().filter(TabSheet.class::isInstance).map(TabSheet.class::cast).findFirst()
                .map(TabSheet::getSelectedIndex).orElse(0);
    }

    /** Adds a tab with its content. */
    public RecordTabs add(String name, Component content) {
        Tab tab = new Tab(UI.getCurrent().getTranslation(labelKeyPrefix + name));
        tab.setId(tabIdPrefix + name);
        sheet.add(tab, content);
        return this;
    }

    /** The sheet, before the tabs are opened (for tabs added by others, such as the modules' card sections). */
    public TabSheet sheet() {
        return sheet;
    }

    /** The sheet with the tab at the index open, when the sheet has it (the first tab otherwise). */
    public TabSheet open(int index) {
        if (index > 0 && index < sheet.getTabCount()) {
            sheet.setSelectedIndex(index);
        }
        return sheet;
    }
}
