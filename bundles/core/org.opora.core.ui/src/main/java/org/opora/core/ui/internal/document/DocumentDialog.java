package org.opora.core.ui.internal.document;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.ListItem;
import org.opora.core.api.ReferenceLists;
import org.opora.core.api.document.Attachment;
import org.opora.core.api.document.AttachmentCheck;
import org.opora.core.api.document.DocumentDraft;
import org.opora.core.api.document.DocumentRegister;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.staff.StaffService;
import org.opora.core.kit.Failures;
import org.opora.core.kit.DirectionField;
import org.opora.core.kit.Forms;
import org.opora.core.kit.Labels;
import org.opora.core.kit.PupilPicker;
import org.opora.core.kit.StaffPicker;
import org.opora.core.kit.Uploads;
import org.opora.platform.ui.api.Notifications;

/**
 * Adds a document to the register with its file. The upload applies the core's file check (the configured size and
 * types, content matching the type) when the file arrives; the register checks it again and stores the document
 * and the file together or not at all.
 */
class DocumentDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient DocumentRegister register;
    private final transient Runnable onSaved;
    private final ComboBox<ListItem> type = Forms.field(new ComboBox<>(), "document-type", "core.ui.documents.type");
    private final TextField title = Forms.field(new TextField(), "document-title", "core.ui.documents.docTitle");
    private final ComboBox<StaffMember> author;
    private final ComboBox<Pupil> pupil;
    private final ComboBox<AcademicYear> year = Forms.field(new ComboBox<>(), "document-year", "core.ui.common.year");
    private final DirectionField direction;
    private final Span fileInfo = new Span();
    private final Upload upload;
    private Attachment file;

    DocumentDialog(DocumentRegister register, AttachmentCheck files, StaffService staff, PupilService pupils,
            Labels types, ReferenceLists lists, List<AcademicYear> years, AcademicYear current, Runnable onSaved) {
        this.register = register;
        this.direction = new DirectionField(lists, "document-direction", false);
        direction.setHelperText(getTranslation("core.ui.documents.direction.help"));
        this.onSaved = onSaved;
        this.author = StaffPicker.create(staff, "document-author", "core.ui.documents.author");
        this.pupil = PupilPicker.create(pupils, "document-pupil", "core.ui.documents.pupil");
        pupil.setHelperText(getTranslation("core.ui.documents.pupil.help"));
        setId("document-dialog");
        setHeaderTitle(getTranslation("core.ui.documents.add"));
        setWidth("48em");
        type.setItems(types.items());
        type.setItemLabelGenerator(ListItem::label);
        year.setItems(years.contains(current) ? years
                : java.util.stream.Stream.concat(years.stream(), java.util.stream.Stream.of(current)).toList());
        year.setItemLabelGenerator(AcademicYear::label);
        year.setValue(current);
        fileInfo.setId("document-file");
        upload = Uploads.checked("document-upload", files, this::received);
        upload.addFileRemovedListener(e -> {
            file = null;
            fileInfo.setText("");
        });
        var form = Forms.form(type, year, title, author, pupil, direction);
        form.setColspan(title, 2);
        add(form, upload, fileInfo);
        getFooter().add(Forms.button("document-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("document-save", "core.kit.common.save", this::save));
    }

    /** A file arrived (the upload calls this; tests too). */
    void received(Attachment attachment) {
        this.file = attachment;
        fileInfo.setText(attachment.fileName());
    }

    private Map<String, HasValidation> fields() {
        return Map.of("type", type, "title", title, "authorId", author, "year", year, "pupilId", pupil, "direction",
                direction);
    }

    private void save() {
        Failures.clear(fields());
        // every empty required input is marked at once, and a missing file said besides
        boolean missing = type.getValue() == null || title.getValue().isBlank() || year.getValue() == null;
        if (type.getValue() == null) {
            Failures.required(type);
        }
        if (title.getValue().isBlank()) {
            Failures.required(title);
        }
        if (year.getValue() == null) {
            Failures.required(year);
        }
        if (file == null) {
            Notifications.error(getTranslation("core.ui.documents.fileRequired"));
            return;
        }
        if (missing) {
            return;
        }
        DocumentDraft draft = new DocumentDraft(type.getValue().code(), title.getValue(),
                author.getValue() == null ? null : author.getValue().id(), year.getValue(),
                pupil.getValue() == null ? null : pupil.getValue().id(), direction.code());
        Failures.on(fields()).run(() -> {
            register.add(draft, file);
            Notifications.success(getTranslation("core.ui.documents.added", draft.title()));
            close();
            onSaved.run();
        });
    }
}
