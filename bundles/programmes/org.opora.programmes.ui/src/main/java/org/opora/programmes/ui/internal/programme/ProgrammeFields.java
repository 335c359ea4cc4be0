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
import org.opora.core.kit.Dates;
import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.core.kit.StaffPicker;
import org.opora.programmes.api.programme.Programme;
import org.opora.programmes.api.programme.ProgrammeDraft;
import org.opora.programmes.api.programme.CitableProtocol;
import org.opora.programmes.api.programme.ProtocolCitation;
import org.opora.programmes.api.programme.ProtocolSource;
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
    /** The consilium's protocols to cite; {@code null} without the consilium module. */
    final ComboBox<CitableProtocol> protocol;
    private final transient ProgrammePage page;
    private boolean filling;
    private boolean curatorLocked;
    private final long pupilId;
    private final ConfiguredList helpDirections;
    private final ConfiguredList riskCategories;

    ProgrammeFields(ProgrammePage page) {
        Programme p = page.programme();
        this.pupilId = p.pupilId();
        this.page = page;
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
        this.protocol = page.services().protocols().get().map(source -> protocolPicker(source, p)).orElse(null);
        filling = true;
        fill(p);
        filling = false;
        if (p.curatorId() != null) {
            StaffPicker.select(curator, page.services().staff(), p.curatorId());
        }
    }

    /**
     * The pupil's finalised protocols from the consilium module, the programme's own citation among them even when
     * the user may not read that protocol (it stays cited).
     */
    private ComboBox<CitableProtocol> protocolPicker(ProtocolSource source, Programme p) {
        ComboBox<CitableProtocol> picker = Forms.field(new ComboBox<>(), "programme-protocol",
                "programmes.ui.form.protocolPicked");
        List<CitableProtocol> offered = new ArrayList<>(Failures.read(
                () -> source.protocolsFor(p.pupilId(), UI.getCurrent().getLocale()), List.<CitableProtocol>of()));
        ProtocolCitation cited = p.protocol();
        if (cited != null && cited.itemId() != null
                && offered.stream().noneMatch(o -> cited.itemId().equals(o.citation().itemId()))) {
            offered.add(0, new CitableProtocol(cited, getTranslation("programmes.ui.form.protocolCited",
                    cited.number(), Dates.format(cited.date())), "", "", "", "", null));
        }
        picker.setItems(offered);
        picker.setItemLabelGenerator(CitableProtocol::label);
        picker.setClearButtonVisible(true);
        picker.setWidthFull();
        picker.setHelperText(getTranslation(offered.isEmpty() ? "programmes.ui.form.protocolPicked.none"
                : "programmes.ui.form.protocolPicked.help"));
        picker.addValueChangeListener(e -> picked(e.getValue()));
        return picker;
    }

    /** The protocol picked: its number and date are cited; what the consilium decided fills what is still empty. */
    private void picked(CitableProtocol chosen) {
        boolean typed = chosen == null;
        protocolNumber.setReadOnly(!typed || protocol.isReadOnly());
        protocolDate.setReadOnly(!typed || protocol.isReadOnly());
        if (filling) {
            return;
        }
        protocolNumber.setValue(typed ? "" : chosen.citation().number());
        protocolDate.setValue(typed ? null : chosen.citation().date());
        if (typed) {
            return;
        }
        offer(grounds, chosen.problems());
        offer(goal, chosen.goal());
        offer(internalResources, chosen.resources());
        tasks.offer(List.of(chosen.tasks().split("\\R")));
        if (curator.getValue() == null && chosen.curatorId() != null) {
            StaffPicker.select(curator, page.services().staff(), chosen.curatorId());
        }
    }

    private static void offer(TextArea field, String text) {
        if (field.getValue().isBlank() && !text.isBlank()) {
            field.setValue(text.strip());
        }
    }

    private void fill(Programme p) {
        if (p.protocol() != null) {
            protocolNumber.setValue(p.protocol().number() == null ? "" : p.protocol().number());
            protocolDate.setValue(p.protocol().date());
            if (protocol != null && p.protocol().itemId() != null) {
                protocol.getListDataView().getItems()
                        .filter(o -> p.protocol().itemId().equals(o.citation().itemId())).findFirst()
                        .ifPresent(protocol::setValue);
            }
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
        m.put("protocol", protocol != null ? protocol : protocolNumber);
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
        ProtocolCitation cited = protocol != null && protocol.getValue() != null ? protocol.getValue().citation()
                : protocolNumber.getValue().isBlank() ? null
                : ProtocolCitation.typed(protocolNumber.getValue().strip(), protocolDate.getValue());
        List<String> codes = helpDirections.inOrder(directions.getValue());
        return new ProgrammeDraft(pupilId, cited, strip(grounds), strip(diagnostics), strip(goal), tasks.tasks(),
                strip(participants), strip(internalResources), strip(externalResources), strip(expectedResults),
                strip(criteria), start.getValue(), end.getValue(), codes, riskCategory.getValue(),
                curator.getValue() == null ? null : curator.getValue().id());
    }

    void setReadOnly(boolean readOnly) {
        List.of(protocolNumber, grounds, diagnostics, goal, participants, internalResources, externalResources,
                expectedResults, criteria).forEach(f -> f.setReadOnly(readOnly));
        protocolDate.setReadOnly(readOnly);
        if (protocol != null) {
            protocol.setReadOnly(readOnly);
            protocol.setVisible(!readOnly || protocol.getValue() != null);
            boolean picked = protocol.getValue() != null;
            protocolNumber.setReadOnly(readOnly || picked);
            protocolDate.setReadOnly(readOnly || picked);
        }
        start.setReadOnly(readOnly);
        end.setReadOnly(readOnly);
        directions.setReadOnly(readOnly);
        riskCategory.setReadOnly(readOnly);
        curator.setReadOnly(readOnly || curatorLocked);
        tasks.setReadOnly(readOnly);
    }

    /**
     * The curator is the consilium chair's appointment (002): for a user who may not set it the field stays read-only
     * and says who appoints.
     */
    void lockCurator() {
        curatorLocked = true;
        curator.setReadOnly(true);
        curator.setHelperText(getTranslation("programmes.ui.form.curator.byChair"));
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

    private static String getTranslation(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }
}
