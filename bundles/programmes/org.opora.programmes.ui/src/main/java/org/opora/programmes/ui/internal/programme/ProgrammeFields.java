package org.opora.programmes.ui.internal.programme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.opora.core.api.staff.StaffMember;
import org.opora.core.ui.kit.Dates;
import org.opora.core.ui.kit.Failures;
import org.opora.core.ui.kit.Forms;
import org.opora.core.ui.kit.StaffPicker;
import org.opora.programmes.api.programme.Programme;
import org.opora.programmes.api.programme.ProgrammeDraft;
import org.opora.programmes.api.programme.ProtocolCitation;
import org.opora.programmes.ui.internal.common.ConfiguredList;

/**
 * The inputs of the 002 form, one for each field the curator writes (ids {@code programme-<field>}), filled from the
 * programme and read back as a draft. The service's objections are mapped to the inputs by the draft's field names
 * and by the names the rules use ({@code startDate}, {@code endDate}, {@code curatorId}).
 */
class ProgrammeFields {

    private static final int TEXT_MAX = 8000;

    final TextField protocolNumber = Forms.field(new TextField(), "programme-protocol-number",
            "programmes.ui.form.protocolNumber");
    final DatePicker protocolDate = Dates.picker("programme-protocol-date", "programmes.ui.form.protocolDate");
    final TextArea grounds = area("programme-grounds", "programmes.ui.form.grounds");
    final TextArea diagnostics = area("programme-diagnostics", "programmes.ui.form.diagnostics");
    final TextArea goal = area("programme-goal", "programmes.ui.form.goal");
    final TaskList tasks;
    final TextArea participants = area("programme-participants", "programmes.ui.form.participants");
    final TextArea internalResources = area("programme-internal-resources", "programmes.ui.form.internalResources");
    final TextArea externalResources = area("programme-external-resources", "programmes.ui.form.externalResources");
    final TextArea expectedResults = area("programme-expected-results", "programmes.ui.form.expectedResults");
    final TextArea criteria = area("programme-criteria", "programmes.ui.form.criteria");
    final DatePicker start = Dates.picker("programme-start", "programmes.ui.form.start");
    final DatePicker end = Dates.picker("programme-end", "programmes.ui.form.end");
    final CheckboxGroup<String> directions = Forms.field(new CheckboxGroup<>(), "programme-directions",
            "programmes.ui.form.directions");
    final ComboBox<String> riskCategory = Forms.field(new ComboBox<>(), "programme-risk-category",
            "programmes.ui.form.riskCategory");
    final ComboBox<StaffMember> curator;
    private final long pupilId;
    private final ConfiguredList helpDirections;
    private final ConfiguredList riskCategories;

    ProgrammeFields(ProgrammePage page) {
        Programme p = page.programme();
        this.pupilId = p.pupilId();
        this.helpDirections = page.lists().helpDirections();
        this.riskCategories = page.lists().riskCategories();
        this.tasks = new TaskList(p.tasks());
        this.curator = StaffPicker.create(page.services().staff(), "programme-curator", "programmes.ui.form.curator");
        curator.setHelperText(getTranslation("programmes.ui.form.curator.help"));
        directions.setItems(helpDirections.codes());
        directions.setItemLabelGenerator(helpDirections::label);
        directions.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        riskCategory.setItems(riskCategories.codes());
        riskCategory.setItemLabelGenerator(riskCategories::label);
        riskCategory.setClearButtonVisible(true);
        riskCategory.setHelperText(getTranslation("programmes.ui.form.riskCategory.help"));
        fill(p);
        if (p.curatorId() != null) {
            StaffPicker.select(curator, page.services().staff(), p.curatorId());
        }
    }

    private void fill(Programme p) {
        if (p.protocol() != null) {
            protocolNumber.setValue(p.protocol().number() == null ? "" : p.protocol().number());
            protocolDate.setValue(p.protocol().date());
        }
        grounds.setValue(text(p.grounds()));
        diagnostics.setValue(text(p.diagnostics()));
        goal.setValue(text(p.goal()));
        participants.setValue(text(p.participants()));
        internalResources.setValue(text(p.internalResources()));
        externalResources.setValue(text(p.externalResources()));
        expectedResults.setValue(text(p.expectedResults()));
        criteria.setValue(text(p.criteria()));
        start.setValue(p.start());
        end.setValue(p.end());
        List<String> directionCodes = new ArrayList<>(helpDirections.codes());
        p.directions().stream().filter(c -> !directionCodes.contains(c)).forEach(directionCodes::add);
        directions.setItems(directionCodes);
        directions.setValue(new LinkedHashSet<>(p.directions()));
        riskCategory.setItems(riskCategories.codesWith(p.riskCategory()));
        riskCategory.setValue(p.riskCategory() == null || p.riskCategory().isEmpty() ? null : p.riskCategory());
    }

    /** Inputs by the names the service and its rules use. */
    Map<String, HasValidation> byField() {
        Map<String, HasValidation> m = new HashMap<>();
        m.put("protocol", protocolNumber);
        m.put("protocolNumber", protocolNumber);
        m.put("protocolDate", protocolDate);
        m.put("grounds", grounds);
        m.put("diagnostics", diagnostics);
        m.put("goal", goal);
        m.put("tasks", tasks);
        m.put("participants", participants);
        m.put("internalResources", internalResources);
        m.put("externalResources", externalResources);
        m.put("expectedResults", expectedResults);
        m.put("criteria", criteria);
        m.put("start", start);
        m.put("startDate", start);
        m.put("end", end);
        m.put("endDate", end);
        m.put("directions", directions);
        m.put("riskCategory", riskCategory);
        m.put("curatorId", curator);
        return m;
    }

    /** A protocol needs both its number and its date: the input left empty, or {@code null} when both are given. */
    HasValidation protocolIncomplete() {
        boolean number = !protocolNumber.getValue().isBlank();
        boolean date = protocolDate.getValue() != null;
        if (number == date) {
            return null;
        }
        return number ? protocolDate : protocolNumber;
    }

    /** What the inputs say, as the service takes it; the directions in the order of the list. */
    ProgrammeDraft draft() {
        ProtocolCitation protocol = protocolNumber.getValue().isBlank() ? null
                : ProtocolCitation.typed(protocolNumber.getValue().strip(), protocolDate.getValue());
        List<String> codes = helpDirections.inOrder(directions.getValue());
        return new ProgrammeDraft(pupilId, protocol, strip(grounds), strip(diagnostics), strip(goal), tasks.tasks(),
                strip(participants), strip(internalResources), strip(externalResources), strip(expectedResults),
                strip(criteria), start.getValue(), end.getValue(), codes, riskCategory.getValue(),
                curator.getValue() == null ? null : curator.getValue().id());
    }

    void setReadOnly(boolean readOnly) {
        List.of(protocolNumber, grounds, diagnostics, goal, participants, internalResources, externalResources,
                expectedResults, criteria).forEach(f -> f.setReadOnly(readOnly));
        protocolDate.setReadOnly(readOnly);
        start.setReadOnly(readOnly);
        end.setReadOnly(readOnly);
        directions.setReadOnly(readOnly);
        riskCategory.setReadOnly(readOnly);
        curator.setReadOnly(readOnly);
        tasks.setReadOnly(readOnly);
    }

    void clear() {
        Failures.clear(byField());
    }

    private static TextArea area(String id, String labelKey) {
        TextArea area = Forms.field(new TextArea(), id, labelKey);
        area.setMaxLength(TEXT_MAX);
        area.setWidthFull();
        return area;
    }

    private static String strip(HasValue<?, String> field) {
        return field.getValue().strip();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String getTranslation(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
