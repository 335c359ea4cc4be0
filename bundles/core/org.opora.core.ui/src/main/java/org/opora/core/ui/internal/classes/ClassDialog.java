package org.opora.core.ui.internal.classes;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.pupil.ClassDraft;
import org.opora.core.api.pupil.ClassService;
import org.opora.core.api.pupil.SchoolClass;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.staff.StaffService;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.StaffPicker;
import org.opora.platform.ui.api.Notifications;

/**
 * Adds a class to a year or changes one: grade, letter, class teacher and the teachers who work in the class (with
 * the class teacher, they read its pupils).
 */
class ClassDialog extends Dialog {

    private static final long serialVersionUID = 1L;

    private final transient ClassService classes;
    private final transient Runnable onSaved;
    private final AcademicYear year;
    private final SchoolClass existing;
    private final IntegerField grade = Forms.field(new IntegerField(), "class-grade", "core.ui.classes.grade");
    private final TextField letter = Forms.field(new TextField(), "class-letter", "core.ui.classes.letter");
    private final ComboBox<StaffMember> teacher;
    private final MultiSelectComboBox<StaffMember> teachers;

    /** @param existing the class to change, or {@code null} to add one to the year */
    ClassDialog(ClassService classes, StaffService staff, AcademicYear year, SchoolClass existing,
            Runnable onSaved) {
        this.classes = classes;
        this.year = year;
        this.existing = existing;
        this.onSaved = onSaved;
        this.teacher = StaffPicker.create(staff, "class-teacher", "core.ui.pupil.classTeacher");
        this.teachers = StaffPicker.createMany(staff, "class-teachers", "core.ui.classes.teachers");
        teachers.setHelperText(getTranslation("core.ui.classes.teachersHelp"));
        setId("class-dialog");
        setHeaderTitle(existing == null ? getTranslation("core.ui.classes.addTo", year.label())
                : getTranslation("core.ui.classes.edit", existing.name(), year.label()));
        grade.setMin(1);
        grade.setMax(12);
        grade.setStepButtonsVisible(true);
        letter.setMaxLength(3);
        if (existing != null) {
            grade.setValue(existing.grade());
            letter.setValue(existing.letter());
            StaffPicker.select(teacher, staff, existing.classTeacherId());
            Failures.get(() -> classes.teacherIds(existing.id()))
                    .ifPresent(ids -> StaffPicker.selectAll(teachers, staff, ids));
        }
        add(Forms.form(grade, letter, teacher, teachers));
        getFooter().add(Forms.button("class-cancel", "core.kit.common.cancel", this::close),
                Forms.primary("class-save", "core.kit.common.save", this::save));
    }

    private Map<String, HasValidation> fields() {
        return Map.of("grade", grade, "letter", letter, "classTeacherId", teacher, "classTeacher", teacher,
                "teacherIds", teachers);
    }

    private void save() {
        Failures.clear(fields());
        if (grade.getValue() == null || letter.getValue().isBlank()) {
            Failures.required(grade.getValue() == null ? grade : letter);
            return;
        }
        ClassDraft draft = new ClassDraft(grade.getValue(), letter.getValue(),
                teacher.getValue() == null ? null : teacher.getValue().id());
        Set<Long> teacherIds = teachers.getValue().stream().map(StaffMember::id).collect(Collectors.toSet());
        Failures.on(fields()).run(() -> {
            SchoolClass saved = existing == null ? classes.create(year, draft, teacherIds)
                    : classes.update(existing.id(), existing.version(), draft, teacherIds);
            Notifications.success(getTranslation("core.ui.classes.saved", saved.name()));
            close();
            onSaved.run();
        });
    }
}
