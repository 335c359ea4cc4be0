package org.opora.consilium.ui.internal.referral;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;

import org.opora.consilium.api.ConsiliumPermissions;
import org.opora.consilium.api.ConsiliumService;
import org.opora.consilium.api.ConsiliumSettings;
import org.opora.consilium.api.referral.Referral;
import org.opora.consilium.api.referral.ReferralQuery;
import org.opora.consilium.api.referral.ReferralQuery.Scope;
import org.opora.consilium.api.referral.ReferralService;
import org.opora.consilium.api.referral.ReferralStatus;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Grids;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.SecurityContext;

/**
 * Referrals about pupils showing signs that need attention (regulation 002: a teacher refers the pupil, the
 * administration takes note, the educational psychologist examines). The tabs follow what the user may do: their
 * own referrals, the ones awaiting their examination, and all of them for the administration. The service lists
 * only what the user may see.
 */
public class ReferralsView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient ReferralService referrals;
    private final transient ConsiliumSettings settings;
    private final Tabs tabs = new Tabs();
    private final Map<Tab, Scope> scopes = new LinkedHashMap<>();
    private final ComboBox<ReferralStatus> status = new ComboBox<>();
    private final Grid<Referral> grid = Grids.grid("referrals-grid");

    public ReferralsView(ReferralService referrals, ConsiliumService consilium, PupilService pupils,
            SecurityContext security) {
        this.referrals = referrals;
        this.settings = ReferralTexts.settings(consilium);
        OporaUser user = security.requireUser();
        setId("referrals");
        setSizeFull();
        add(new H2(getTranslation("consilium.ui.referrals.title")));
        addTabs(user);
        Forms.field(status, "referrals-status", "consilium.ui.referral.status");
        status.setItems(ReferralStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("consilium.ui.referral.status." + s.name()));
        status.setClearButtonVisible(true);
        status.addValueChangeListener(e -> refresh());
        var bar = Forms.bar(status);
        if (user.has(ConsiliumPermissions.REFERRAL_FILE)) {
            Button add = Forms.primary("referral-new", "consilium.ui.referral.new",
                    () -> new ReferralDialog(referrals, pupils, settings, this::refresh).open());
            add.setIcon(VaadinIcon.PLUS.create());
            bar.addComponentAsFirst(add);
        }
        add(bar);
        configureGrid();
        addAndExpand(grid);
    }

    private void addTabs(OporaUser user) {
        boolean examine = user.has(ConsiliumPermissions.REFERRAL_EXAMINE);
        boolean receive = user.has(ConsiliumPermissions.REFERRAL_RECEIVE);
        tabs.setId("referrals-tabs");
        tab("mine", Scope.MINE, user.has(ConsiliumPermissions.REFERRAL_FILE) || !examine && !receive);
        tab("examine", Scope.TO_EXAMINE, examine);
        tab("all", Scope.ALL, receive);
        // the widest list the user has is where their work is
        tabs.setSelectedIndex(tabs.getComponentCount() - 1);
        tabs.addSelectedChangeListener(e -> refresh());
        add(tabs);
    }

    private void tab(String name, Scope scope, boolean shown) {
        if (shown) {
            Tab tab = new Tab(getTranslation("consilium.ui.referrals.tab." + name));
            tab.setId("referrals-tab-" + name);
            tabs.add(tab);
            scopes.put(tab, scope);
        }
    }

    private void configureGrid() {
        Grids.column(grid, r -> Dates.format(r.filedOn()), "consilium.ui.referral.filedOn");
        Grids.column(grid, Referral::pupilName, "consilium.ui.referral.pupil").setFlexGrow(2);
        Grids.column(grid, Referral::className, "consilium.ui.referral.class");
        Grids.column(grid, r -> ReferralTexts.signs(settings, r.signs()), "consilium.ui.referral.signs")
                .setFlexGrow(2).setAutoWidth(false);
        Grids.column(grid, ReferralTexts::status, "consilium.ui.referral.status");
        Grids.column(grid, Referral::examinerName, "consilium.ui.referral.examiner");
        grid.setEmptyStateText(getTranslation("consilium.ui.referrals.none"));
        grid.addItemClickListener(e -> UI.getCurrent().navigate(ReferralTexts.referralHref(e.getItem().id())));
        Grids.lazy(grid, (offset, limit) -> referrals.find(query(), offset, limit), () -> referrals.count(query()));
    }

    /** What the selected tab and the status filter ask for. */
    ReferralQuery query() {
        Scope scope = scopes.getOrDefault(tabs.getSelectedTab(), Scope.MINE);
        return new ReferralQuery(scope, status.getValue(), null);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
