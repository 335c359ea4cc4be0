package org.opora.core.ui.internal.card;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilCard;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.pupil.SchoolClass;
import org.opora.core.kit.Confirm;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.platform.ui.api.Notifications;

/**
 * The archive tab (for users with {@code core.pupil.archive}): a pupil who left the school is archived with the day and
 * the reason, never deleted; an archived pupil can be brought back into a class of the current year.
 */
class ArchiveTab extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient PupilService pupils;
    private final transient Runnable reload;
    private final Pupil pupil;

    ArchiveTab(PupilService pupils, PupilCard card, List<SchoolClass> classes, Runnable reload) {
        this.pupils = pupils;
        this.reload = reload;
        this.pupil = card.pupil();
        setId("pupil-archive");
        setPadding(false);
        if (pupil.archived()) {
            restore(card, classes);
        } else {
            archive();
        }
    }

    private void archive() {
        add(new Paragraph(getTranslation("core.ui.archive.explain")));
        DatePicker leftOn = Dates.picker("archive-date", "core.ui.archive.leftOn");
        leftOn.setValue(LocalDate.now());
        TextField reason = Forms.field(new TextField(), "archive-reason", "core.ui.archive.reason");
        reason.setHelperText(getTranslation("core.ui.archive.reason.help"));
        reason.setWidth("24em");
        Map<String, HasValidation> fields = Map.of("leftOn", leftOn, "on", leftOn, "reason", reason);
        add(Forms.bar(leftOn, reason, Forms.primary("archive-save", "core.ui.archive.archive", () -> {
            Failures.clear(fields);
            // every empty required input is marked at once
            if (leftOn.getValue() == null) {
                Failures.required(leftOn);
            }
            if (reason.getValue().isBlank()) {
                Failures.required(reason);
            }
            if (leftOn.getValue() == null || reason.getValue().isBlank()) {
                return;
            }
            Confirm.ask("archive-confirm", getTranslation("core.ui.archive.confirm.title"),
                    getTranslation("core.ui.archive.confirm.text", pupil.name().full(),
                            Dates.format(leftOn.getValue())),
                    getTranslation("core.ui.archive.archive"), () -> {
                        Failures.on(fields, reload).run(() -> {
                            pupils.archive(pupil.id(), leftOn.getValue(), reason.getValue().strip());
                            Notifications.success(getTranslation("core.ui.archive.archived", pupil.name().full()));
                            reload.run();
                        });
                    });
        })));
    }

    private void restore(PupilCard card, List<SchoolClass> classes) {
        Paragraph info = new Paragraph(getTranslation("core.ui.archive.info", Dates.format(card.leftOn()),
                card.leftReason()));
        info.setId("archive-info");
        add(info);
        ComboBox<SchoolClass> schoolClass = Forms.field(new ComboBox<>(), "restore-class", "core.ui.archive.class");
        schoolClass.setItems(classes);
        schoolClass.setItemLabelGenerator(SchoolClass::name);
        add(Forms.bar(schoolClass, Forms.primary("restore-save", "core.ui.archive.restore", () -> {
            if (schoolClass.getValue() == null) {
                schoolClass.setErrorMessage(getTranslation("core.kit.common.required"));
                schoolClass.setInvalid(true);
                return;
            }
            Failures.on(Map.of("classId", schoolClass), reload).run(() -> {
                pupils.restore(pupil.id(), schoolClass.getValue().id());
                Notifications.success(getTranslation("core.ui.archive.restored", pupil.name().full(),
                        schoolClass.getValue().name()));
                reload.run();
            });
        })));
    }
}
