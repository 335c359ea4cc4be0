package org.opora.core.ui.internal.agency;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;

import org.opora.core.api.CorePermissions;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ReferenceLists;
import org.opora.core.api.agency.AgencyService;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.kit.Labels;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.SecurityContext;

/**
 * External organisations the service works with (000 §4.4: guardianship bodies, the commission for minors, health,
 * social protection, police, social service centres) and the log of interactions with them, with next steps and their due dates.
 */
public class AgenciesView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    public AgenciesView(AgencyService agencies, PupilService pupils, ReferenceLists lists, SecurityContext security) {
        setId("agencies");
        setSizeFull();
        OporaUser user = security.requireUser();
        boolean edit = user.has(CorePermissions.AGENCY_EDIT);
        Locale locale = UI.getCurrent().getLocale();
        Labels kinds = Labels.of(lists, ReferenceList.AGENCY_KINDS, locale);
        AgencyList list = new AgencyList(agencies, kinds, edit);
        InteractionLog log = new InteractionLog(agencies, user.has(CorePermissions.PUPIL_READ) ? pupils : null, lists, edit);
        TabSheet tabs = new TabSheet();
        tabs.setId("agencies-tabs");
        tabs.setSizeFull();
        Tab first = tabs.add(getTranslation("core.ui.agencies.tab.list"), list);
        first.setId("agencies-tab-list");
        Tab second = tabs.add(getTranslation("core.ui.agencies.tab.log"), log);
        second.setId("agencies-tab-log");
        // agencies added on one tab are chosen on the other
        tabs.addSelectedChangeListener(e -> {
            if (e.getSelectedTab() == second) {
                log.reloadAgencies();
            }
        });
        add(new H2(getTranslation("core.ui.agencies.title")));
        addAndExpand(tabs);
    }
}
