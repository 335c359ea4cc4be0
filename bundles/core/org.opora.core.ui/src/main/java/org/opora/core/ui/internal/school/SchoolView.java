package org.opora.core.ui.internal.school;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import org.opora.core.api.School;
import org.opora.core.api.SchoolService;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.staff.StaffService;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.StaffPicker;
import org.opora.platform.ui.api.Notifications;

/**
 * The school this installation serves: name, number, address and director, whose name the printed forms
 * carry. Saving sends the version read, so a change made meanwhile by someone else is not overwritten.
 */
public class SchoolView extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    private final transient SchoolService school;
    private final transient StaffService staff;
    private final TextField name = Forms.field(new TextField(), "school-name", "core.ui.school.name");
    private final TextField number = Forms.field(new TextField(), "school-number", "core.ui.school.number");
    private final TextField address = Forms.field(new TextField(), "school-address", "core.ui.school.address");
    private final ComboBox<StaffMember> director;
    private final Paragraph year = new Paragraph();
    private long version;

    public SchoolView(SchoolService school, StaffService staff) {
        this.school = school;
        this.staff = staff;
        this.director = StaffPicker.create(staff, "school-director", "core.ui.school.director");
        setId("school");
        setMaxWidth("56em");
        year.setId("school-year");
        var form = Forms.form(name, number, address, director);
        form.setColspan(name, 2);
        form.setColspan(address, 2);
        add(new H2(getTranslation("core.ui.school.title")), form, year,
                Forms.primary("school-save", "core.kit.common.save", this::save));
        read();
    }

    private void read() {
        Failures.run(() -> show(school.school()));
    }

    private void show(School s) {
        Failures.clear(fields());
        version = s.version();
        name.setValue(s.name());
        number.setValue(s.number());
        address.setValue(s.address());
        director.clear();
        StaffPicker.select(director, staff, s.directorId());
        year.setText(getTranslation("core.ui.school.currentYear", s.currentYear().label()));
    }

    private Map<String, HasValidation> fields() {
        return Map.of("name", name, "number", number, "address", address, "directorId", director, "director",
                director);
    }

    private void save() {
        // the service names every objection at once (an empty name among them), each marked on its input
        Failures.clear(fields());
        Failures.on(fields(), this::read).run(() -> {
            School saved = school.update(name.getValue().strip(), number.getValue().strip(),
                    address.getValue().strip(), director.getValue() == null ? null : director.getValue().id(),
                    version);
            show(saved);
            Notifications.success(getTranslation("core.ui.school.saved"));
        });
    }
}
