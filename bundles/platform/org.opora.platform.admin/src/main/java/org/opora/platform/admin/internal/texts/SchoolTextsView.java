package org.opora.platform.admin.internal.texts;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.opora.platform.api.i18n.CatalogueEntry;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.platform.ui.api.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The school texts ({@code admin/texts}): every installed module's messages, searched by key or text (a clause
 * citation such as "4.9" finds every message citing that clause); the chosen message's module text and the school's text side by side in Russian and English,
 * saved or reset to the module's text. The rules and the storing are {@link SchoolTexts}'.
 */
public class SchoolTextsView extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(SchoolTextsView.class);
    private static final int SHOWN = 500;

    private final transient SchoolTexts texts;
    private final TextField search = new TextField();
    private final Checkbox changedOnly = new Checkbox();
    private final Paragraph count = new Paragraph();
    private final Grid<CatalogueEntry> list = new Grid<>();
    private final VerticalLayout detail = new VerticalLayout();

    public SchoolTextsView(SchoolTexts texts) {
        this.texts = texts;
        setId("admin-texts");
        setSizeFull();
        add(new H2(getTranslation("admin.texts.title")), new Paragraph(getTranslation("admin.texts.intro")));
        search.setId("admin-texts-search");
        search.setPlaceholder(getTranslation("admin.texts.search"));
        search.setClearButtonVisible(true);
        search.setWidth("28em");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh(null));
        changedOnly.setId("admin-texts-changed");
        changedOnly.setLabel(getTranslation("admin.texts.changedOnly"));
        changedOnly.addValueChangeListener(e -> refresh(null));
        HorizontalLayout bar = new HorizontalLayout(search, changedOnly, count);
        bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(bar);
        list.setId("admin-texts-list");
        list.addColumn(CatalogueEntry::key).setHeader(getTranslation("admin.texts.key")).setFlexGrow(1)
                .setResizable(true);
        list.addColumn(e -> e.effective(getLocale().getLanguage())).setHeader(getTranslation("admin.texts.text"))
                .setFlexGrow(2);
        list.addColumn(e -> e.schoolRu() != null || e.schoolEn() != null ? getTranslation("admin.texts.own") : "")
                .setHeader(getTranslation("admin.texts.changed")).setAutoWidth(true).setFlexGrow(0);
        list.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        detail.setId("admin-texts-detail");
        SplitLayout split = new SplitLayout(list, detail);
        split.setSplitterPosition(50);
        split.setSizeFull();
        addAndExpand(split);
        refresh(null);
    }

    /** Lists the messages found, keeping the chosen one (by key) when it is still among them. */
    private void refresh(String keep) {
        List<CatalogueEntry> found = texts.search(search.getValue(), changedOnly.getValue());
        count.setText(getTranslation("admin.texts.found", found.size()));
        List<CatalogueEntry> shown = found.size() > SHOWN ? found.subList(0, SHOWN) : found;
        list.setItems(shown);
        CatalogueEntry again = keep == null ? null
                : shown.stream().filter(e -> e.key().equals(keep)).findFirst().orElse(null);
        if (again != null) {
            list.select(again);
        } else {
            show(null);
        }
    }

    private void show(CatalogueEntry entry) {
        detail.removeAll();
        if (entry == null) {
            detail.add(new Paragraph(getTranslation("admin.texts.choose")));
            return;
        }
        H4 key = new H4(entry.key());
        key.setId("admin-texts-key");
        Paragraph bundle = new Paragraph(getTranslation("admin.texts.bundle", entry.bundle()));
        TextArea ru = editor("ru", entry);
        TextArea en = editor("en", entry);
        Button save = new Button(getTranslation("admin.texts.save"), e -> save(entry.key(), ru, en));
        save.setId("admin-texts-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reset = new Button(getTranslation("admin.texts.reset"), e -> reset(entry.key()));
        reset.setId("admin-texts-reset");
        reset.setEnabled(entry.schoolRu() != null || entry.schoolEn() != null);
        detail.add(key, bundle, side("ru", entry, ru), side("en", entry, en), new HorizontalLayout(save, reset));
    }

    private TextArea editor(String lang, CatalogueEntry entry) {
        TextArea area = new TextArea(getTranslation("admin.texts.school." + lang));
        area.setId("admin-texts-school-" + lang);
        area.setWidthFull();
        area.setValue(entry.school(lang) == null ? "" : entry.school(lang));
        area.setPlaceholder(getTranslation("admin.texts.placeholder"));
        area.setHelperText(getTranslation("admin.texts.helper"));
        return area;
    }

    /** The module's text (read-only) beside the school's. */
    private HorizontalLayout side(String lang, CatalogueEntry entry, TextArea school) {
        TextArea module = new TextArea(getTranslation("admin.texts.module." + lang));
        module.setId("admin-texts-module-" + lang);
        String text = entry.module(lang);
        module.setValue(text == null ? getTranslation("admin.texts.module.none") : text);
        module.setReadOnly(true);
        module.setWidthFull();
        HorizontalLayout row = new HorizontalLayout(module, school);
        row.setWidthFull();
        return row;
    }

    private void save(String key, TextArea ru, TextArea en) {
        ru.setInvalid(false);
        en.setInvalid(false);
        try {
            boolean changed = texts.save(key, ru.getValue(), en.getValue());
            Notifications.success(getTranslation(changed ? "admin.texts.saved" : "admin.texts.unchanged"));
            refresh(key);
        } catch (TextRefused e) {
            TextArea field = "en".equals(e.language()) ? en : ru;
            field.setErrorMessage(getTranslation(e.reasonKey(), e.params()));
            field.setInvalid(true);
            Notifications.error(getTranslation("admin.texts.error.refused"));
        } catch (AccessDeniedException e) {
            Notifications.error(getTranslation("admin.common.denied"));
        } catch (RuntimeException e) {
            LOG.error("The school's text of {} could not be stored", key, e);
            Notifications.error(getTranslation("admin.texts.error.save"));
        }
    }

    private void reset(String key) {
        try {
            texts.reset(key);
            Notifications.success(getTranslation("admin.texts.resetDone"));
            refresh(key);
        } catch (AccessDeniedException e) {
            Notifications.error(getTranslation("admin.common.denied"));
        } catch (RuntimeException e) {
            LOG.error("The school's text of {} could not be reset", key, e);
            Notifications.error(getTranslation("admin.texts.error.save"));
        }
    }
}
