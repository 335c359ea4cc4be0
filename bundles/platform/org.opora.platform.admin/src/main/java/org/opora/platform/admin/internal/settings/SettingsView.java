package org.opora.platform.admin.internal.settings;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import org.opora.platform.ui.api.Notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settings of every Opora component (the regulation's variant points among them): on the left the
 * configurations the installed modules describe, on the right the form of the chosen one.
 */
public class SettingsView extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(SettingsView.class);

    private final transient Settings settings;
    private final String locale;
    private final Grid<Settings.Entry> list = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();
    private final TextField search = new TextField();
    private final List<Settings.Entry> entries;
    private transient SettingsSearch index;

    public SettingsView(Settings settings) {
        this.settings = settings;
        this.locale = UI.getCurrent().getLocale().getLanguage();
        setId("admin-settings");
        setSizeFull();
        add(new H2(getTranslation("admin.settings.title")));
        this.entries = settings.entries(locale);
        SplitLayout split = new SplitLayout(left(entries), detail);
        split.setSplitterPosition(35);
        split.setSizeFull();
        detail.setId("admin-settings-detail");
        showNothing();
        addAndExpand(split);
    }

    private VerticalLayout left(List<Settings.Entry> entries) {
        list.setId("admin-settings-list");
        // the whole name, wrapped: the demo school's and the demo consilium's names differ late
        list.addColumn(Settings.Entry::name).setHeader(getTranslation("admin.settings.configuration"))
                .setFlexGrow(1);
        list.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        list.setItems(entries.stream().filter(e -> !e.factory()).toList());
        search.setId("admin-settings-search");
        search.setPlaceholder(getTranslation("admin.settings.search"));
        search.setAriaLabel(getTranslation("admin.settings.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidthFull();
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> filter(e.getValue()));
        list.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() == null) {
                showNothing();
            } else {
                show(e.getValue());
            }
        });
        VerticalLayout left = new VerticalLayout(search, list);
        left.setPadding(false);
        left.setSizeFull();
        List<Settings.Entry> factories = entries.stream().filter(Settings.Entry::factory).toList();
        if (!factories.isEmpty()) {
            VerticalLayout box = new VerticalLayout(new H4(getTranslation("admin.settings.factories")),
                    new Paragraph(getTranslation("admin.settings.factories.note")));
            UnorderedList items = new UnorderedList();
            factories.forEach(f -> items.add(new ListItem(f.name() + " (" + f.pid() + ")")));
            box.add(items);
            box.setPadding(false);
            box.setId("admin-settings-factories");
            left.add(box);
        }
        return left;
    }

    private void filter(String words) {
        if (index == null) {
            index = new SettingsSearch(settings, locale);
        }
        Settings.Entry chosen = list.asSingleSelect().getValue();
        List<Settings.Entry> found = entries.stream().filter(e -> !e.factory())
                .filter(e -> index.matches(e, words)).toList();
        list.setItems(found);
        if (chosen != null && found.contains(chosen)) {
            list.asSingleSelect().setValue(chosen);
            show(chosen);
        } else if (found.size() == 1) {
            list.asSingleSelect().setValue(found.get(0));
        } else {
            list.asSingleSelect().clear();
        }
    }

    /** After a save or reset: the search reads the stored values afresh, and the form is shown anew. */
    private void stored(Settings.Entry entry) {
        index = null;
        show(entry);
    }

    private void showNothing() {
        detail.removeAll();
        detail.add(new Paragraph(getTranslation("admin.settings.choose")));
    }

    private void show(Settings.Entry entry) {
        detail.removeAll();
        try {
            Optional<Settings.Form> form = settings.form(entry, locale);
            if (form.isPresent()) {
                SettingsForm shown = new SettingsForm(settings, form.get(), () -> stored(entry), locale);
                String words = search.getValue();
                if (index != null && !words.isBlank()) {
                    shown.showOnly(f -> index.matches(entry, f, form.get(), words));
                }
                detail.add(shown);
            } else {
                detail.add(new Paragraph(getTranslation("admin.settings.gone")));
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("Configuration {} could not be read", entry.pid(), e);
            Notifications.error(getTranslation("admin.settings.error.read"));
            showNothing();
        }
    }
}
