package org.opora.platform.admin.internal.config;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import org.opora.platform.ui.api.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The school's variant page (admin.config.title): apply a preset, export the configuration, import a file — every change shown first
 * and applied only when confirmed, all or nothing.
 */
public class ConfigurationView extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ConfigurationView.class);
    private static final int MAX_BYTES = 1024 * 1024;

    private final transient SchoolConfiguration configuration;
    private final Locale locale;
    private final VerticalLayout preview = new VerticalLayout();

    public ConfigurationView(SchoolConfiguration configuration) {
        this.configuration = configuration;
        this.locale = UI.getCurrent().getLocale();
        setId("admin-configuration");
        setMaxWidth("1100px");
        add(new H2(getTranslation("admin.config.title")), new Paragraph(getTranslation("admin.config.intro")));
        if (!configuration.allowed()) {
            add(new Paragraph(getTranslation("admin.config.rights")));
            return;
        }
        add(presets(), transfer());
        preview.setId("admin-config-preview");
        preview.setPadding(false);
        add(preview);
    }

    private VerticalLayout presets() {
        Select<Presets.Preset> select = new Select<>();
        select.setId("admin-config-preset");
        select.setLabel(getTranslation("admin.config.preset"));
        select.setItems(configuration.presets());
        select.setItemLabelGenerator(p -> getTranslation(p.nameKey()));
        select.setWidth("32em");
        Paragraph description = new Paragraph();
        description.setId("admin-config-preset-description");
        Button show = new Button(getTranslation("admin.config.preset.preview"));
        show.setId("admin-config-preset-preview");
        show.setEnabled(false);
        select.addValueChangeListener(e -> {
            description.setText(e.getValue() == null ? "" : getTranslation(e.getValue().nameKey() + ".description"));
            show.setEnabled(e.getValue() != null);
        });
        show.addClickListener(e -> {
            Presets.Preset p = select.getValue();
            if (p != null) {
                showPlan(() -> configuration.plan(p, locale), getTranslation("admin.config.preview.source.preset",
                        getTranslation(p.nameKey())), "preset " + p.id());
            }
        });
        HorizontalLayout row = new HorizontalLayout(select, show);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("admin.config.presets")), row, description);
        box.setPadding(false);
        return box;
    }

    private VerticalLayout transfer() {
        DownloadHandler file = DownloadHandler.fromInputStream(event -> {
            try {
                byte[] bytes = configuration.export(locale).getBytes(StandardCharsets.UTF_8);
                return new DownloadResponse(new ByteArrayInputStream(bytes), "opora-configuration-" + LocalDate.now()
                        + ".opora", "text/plain;charset=UTF-8", bytes.length);
            } catch (IOException | RuntimeException e) {
                LOG.error("The configuration could not be exported", e);
                return DownloadResponse.error(500);
            }
        });
        Anchor export = new Anchor(file, AttachmentType.DOWNLOAD, getTranslation("admin.config.export"));
        export.setId("admin-config-export");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> ui.access(() -> received(meta.fileName(),
                bytes))));
        upload.setId("admin-config-import");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes(".opora", ".txt", "text/plain");
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("admin.config.import.drop")));
        upload.setUploadButton(new Button(getTranslation("admin.config.import")));
        upload.addFileRejectedListener(e -> Notifications.error(getTranslation("admin.config.import.tooBig")));
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("admin.config.transfer")), export, upload);
        box.setPadding(false);
        return box;
    }

    private void received(String fileName, byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            preview.removeAll();
            Paragraph bad = new Paragraph(getTranslation("admin.config.import.encoding"));
            bad.setId("admin-config-problem");
            bad.getStyle().set("color", "var(--lumo-error-text-color)");
            preview.add(bad);
            return;
        }
        String name = fileName == null ? "" : fileName.replaceAll("[\\p{Cntrl}]", "");
        showPlan(() -> configuration.plan(text, locale), getTranslation("admin.config.preview.source.file", name),
                "file " + name);
    }

    /** Something that makes a plan and may fail reading the configuration. */
    @FunctionalInterface
    interface Planner {
        Plan plan() throws IOException;
    }

    private void showPlan(Planner planner, String what, String source) {
        preview.removeAll();
        Plan plan;
        try {
            plan = planner.plan();
        } catch (IOException | RuntimeException e) {
            LOG.error("A configuration plan could not be made", e);
            Notifications.error(getTranslation("admin.settings.error.read"));
            return;
        }
        preview.add(new H3(getTranslation("admin.config.preview.title", what)));
        if (!plan.valid()) {
            Paragraph lead = new Paragraph(getTranslation("admin.config.preview.problems"));
            lead.getStyle().set("color", "var(--lumo-error-text-color)");
            UnorderedList list = new UnorderedList();
            list.setId("admin-config-problems");
            plan.problems().forEach(p -> list.add(new ListItem(text(p))));
            preview.add(lead, list);
            preview.getElement().callJsFunction("scrollIntoView");
            return;
        }
        if (!plan.notes().isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("admin-config-notes");
            plan.notes().forEach(n -> list.add(new ListItem(text(n))));
            preview.add(new H4(getTranslation("admin.config.preview.notes")), list);
        }
        if (plan.unchanged()) {
            Paragraph same = new Paragraph(getTranslation("admin.config.preview.unchanged"));
            same.setId("admin-config-unchanged");
            preview.add(same);
            return;
        }
        preview.add(new Paragraph(getTranslation("admin.config.preview.count", plan.size())));
        if (!plan.settings().isEmpty() || plan.texts() != null) {
            preview.add(settingsGrid(plan));
        }
        if (!plan.roles().isEmpty()) {
            UnorderedList roles = new UnorderedList();
            roles.setId("admin-config-roles");
            plan.roles().forEach(r -> roles.add(new ListItem(roleText(r))));
            preview.add(roles);
        }
        Button apply = new Button(getTranslation("admin.config.apply"));
        apply.setId("admin-config-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("admin.config.cancel"), e -> preview.removeAll());
        apply.addClickListener(e -> {
            try {
                configuration.apply(plan, source);
                preview.removeAll();
                Notifications.success(getTranslation("admin.config.applied", plan.settings().size(),
                        plan.roles().size()));
            } catch (SchoolConfiguration.ImportFailed ex) {
                if (ex.getCause() instanceof org.opora.platform.admin.internal.settings.SettingsRefused refused) {
                    // a value refused when applied (checked again after the core's lists): say which, nothing changed
                    preview.removeAll();
                    UnorderedList list = new UnorderedList();
                    list.setId("admin-config-problems");
                    refused.problems().forEach((id, p) -> list.add(new ListItem(getTranslation(
                            "admin.settings.error.line", p.value(), getTranslation(p.reasonKey(),
                                    p.params().toArray())))));
                    Paragraph lead = new Paragraph(getTranslation("admin.config.failed.refused"));
                    lead.getStyle().set("color", "var(--lumo-error-text-color)");
                    preview.add(lead, list);
                } else {
                    Notifications.error(getTranslation("admin.config.failed"));
                }
            } catch (RuntimeException ex) {
                LOG.error("The configuration could not be applied", ex);
                Notifications.error(getTranslation("admin.config.failed"));
            }
        });
        preview.add(new HorizontalLayout(apply, cancel));
        preview.getElement().callJsFunction("scrollIntoView");
    }

    private Grid<Row> settingsGrid(Plan plan) {
        List<Row> rows = new ArrayList<>();
        plan.settings().forEach(s -> s.changes().forEach(c -> rows.add(new Row(s.name(), c))));
        if (plan.texts() != null) {
            String texts = getTranslation("admin.config.preview.texts");
            plan.texts().changes().forEach(c -> rows.add(new Row(texts, c)));
        }
        Grid<Row> grid = new Grid<>();
        grid.setId("admin-config-changes");
        grid.addColumn(Row::section).setHeader(getTranslation("admin.config.preview.section")).setFlexGrow(2);
        grid.addColumn(r -> r.change().label()).setHeader(getTranslation("admin.config.preview.attribute"))
                .setFlexGrow(2);
        grid.addColumn(r -> shown(r.change().before())).setHeader(getTranslation("admin.config.preview.before"))
                .setFlexGrow(2);
        grid.addColumn(r -> shown(r.change().after())).setHeader(getTranslation("admin.config.preview.after"))
                .setFlexGrow(2);
        grid.setItems(rows);
        grid.setAllRowsVisible(rows.size() <= 30);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

    private String shown(String value) {
        return value.isBlank() ? getTranslation("admin.config.empty") : value.lines().collect(Collectors.joining("; "));
    }

    private Div roleText(Plan.RoleChange r) {
        Div div = new Div();
        div.add(new com.vaadin.flow.component.html.Span(getTranslation("admin.config.preview.role", r.name(),
                r.created() ? getTranslation("admin.config.preview.role.new") : r.title())));
        if (!r.created() && !r.title().equals(r.oldTitle())) {
            div.add(new Paragraph(getTranslation("admin.config.preview.role.title", r.oldTitle(), r.title())));
        }
        if (!r.added().isEmpty()) {
            div.add(new Paragraph(getTranslation("admin.config.preview.role.added", String.join(", ", r.added()))));
        }
        if (!r.removed().isEmpty()) {
            div.add(new Paragraph(getTranslation("admin.config.preview.role.removed",
                    String.join(", ", r.removed()))));
        }
        return div;
    }

    private String text(Text t) {
        Object[] params = t.params().stream().map(p -> p instanceof Text inner ? text(inner) : p).toArray();
        return getTranslation(t.key(), params);
    }

    private record Row(String section, Plan.Change change) {
    }
}
