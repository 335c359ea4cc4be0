package org.opora.core.ui.internal.pupil;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

import org.opora.core.api.PersonName;
import org.opora.core.api.Sex;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilDraft;
import org.opora.core.api.pupil.SchoolClass;
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;

/**
 * The core data of a pupil as a form: name parts, date of birth, sex and class of the current year. The binder
 * checks what a person can see at once (required fields, a birth date in the past); the service checks the rest.
 */
public class PupilForm extends FormLayout {

    private static final long serialVersionUID = 1L;

    private final TextField surname = Forms.field(new TextField(), "pupil-surname", "core.ui.person.surname");
    private final TextField name = Forms.field(new TextField(), "pupil-given-name", "core.ui.person.name");
    private final TextField patronymic = Forms.field(new TextField(), "pupil-patronymic", "core.ui.person.patronymic");
    private final DatePicker birthDate = Dates.picker("pupil-birth-date", "core.ui.pupil.birthDate");
    private final RadioButtonGroup<Sex> sex = Forms.field(new RadioButtonGroup<>(), "pupil-sex", "core.ui.pupil.sex");
    private final ComboBox<SchoolClass> schoolClass = Forms.field(new ComboBox<>(), "pupil-class",
            "core.ui.pupil.class");
    private final Binder<Values> binder = new Binder<>();
    private final Values values = new Values();

    /**
     * @param classes      the classes of the current year to choose from
     * @param classNeeded  whether a class must be chosen (an archived pupil has none)
     */
    public PupilForm(List<SchoolClass> classes, boolean classNeeded) {
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 3));
        sex.setItems(Sex.values());
        sex.setItemLabelGenerator(s -> getTranslation("core.ui.sex." + s.name()));
        schoolClass.setItems(classes);
        schoolClass.setItemLabelGenerator(SchoolClass::name);
        Dates.max(birthDate, LocalDate.now());
        String required = getTranslation("core.kit.common.required");
        binder.forField(surname).asRequired(required).bind(v -> v.surname, (v, x) -> v.surname = x);
        binder.forField(name).asRequired(required).bind(v -> v.name, (v, x) -> v.name = x);
        binder.forField(patronymic).bind(v -> v.patronymic, (v, x) -> v.patronymic = x);
        binder.forField(birthDate).asRequired(Dates.required(birthDate))
                .withValidator(d -> d.isBefore(LocalDate.now()), getTranslation("core.ui.pupil.birthDate.past"))
                .bind(v -> v.birthDate, (v, x) -> v.birthDate = x);
        binder.forField(sex).asRequired(required).bind(v -> v.sex, (v, x) -> v.sex = x);
        if (classNeeded) {
            binder.forField(schoolClass).asRequired(required).bind(v -> v.schoolClass, (v, x) -> v.schoolClass = x);
        } else {
            binder.forField(schoolClass).bind(v -> v.schoolClass, (v, x) -> v.schoolClass = x);
        }
        add(surname, name, patronymic, birthDate, sex, schoolClass);
    }

    /** Fills the form with the pupil's data. */
    public void read(Pupil pupil) {
        values.surname = pupil.name().surname();
        values.name = pupil.name().name();
        values.patronymic = pupil.name().patronymic();
        values.birthDate = pupil.birthDate();
        values.sex = pupil.sex();
        values.schoolClass = schoolClass.getListDataView().getItems()
                .filter(c -> pupil.classId() != null && c.id() == pupil.classId()).findFirst().orElse(null);
        binder.readBean(values);
    }

    /**
     * The draft to send, or empty when the form shows what is wrong: what the form itself requires and, on the other
     * fields, the service's objections to the values as typed ({@code check}, which writes nothing), all at once.
     */
    public Optional<PupilDraft> draft(Consumer<PupilDraft> check) {
        if (binder.writeBeanIfValid(values)) {
            return Optional.of(draftOf(values));
        }
        Values typed = new Values();
        binder.writeBeanAsDraft(typed, true);
        try {
            check.accept(draftOf(typed));
        } catch (RuntimeException objections) {
            Failures.addObjections(objections, fields()); // the form's own objection stays on its field
        }
        return Optional.empty();
    }

    private static PupilDraft draftOf(Values v) {
        return new PupilDraft(new PersonName(v.surname, v.name, v.patronymic), v.birthDate, v.sex,
                v.schoolClass == null ? null : v.schoolClass.id());
    }

    /** The inputs by the field names the pupil service reports objections for. */
    public Map<String, HasValidation> fields() {
        return Map.of("surname", surname, "name", name, "givenName", name, "patronymic", patronymic, "birthDate",
                birthDate, "sex", sex, "classId", schoolClass, "class", schoolClass);
    }

    public void setReadOnly(boolean readOnly) {
        binder.setReadOnly(readOnly);
    }

    /** The bound values; the binder writes here only when all of them are valid. */
    private static final class Values {
        private String surname = "";
        private String name = "";
        private String patronymic = "";
        private LocalDate birthDate;
        private Sex sex;
        private SchoolClass schoolClass;
    }
}
