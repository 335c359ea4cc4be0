package org.opora.teachersupport.ui.internal.page;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.opora.core.kit.Failures;
import org.opora.core.kit.Forms;
import org.opora.platform.ui.api.Notifications;
import org.opora.teachersupport.api.conclusion.Conclusion;
import org.opora.teachersupport.api.conclusion.ConclusionDraft;
import org.opora.teachersupport.api.conclusion.ProblemsRemoved;
import org.opora.teachersupport.api.conclusion.TeacherNeed;
import org.opora.teachersupport.api.conclusion.Verdict;
import org.opora.teachersupport.ui.internal.common.SupportTexts;

/**
 * The answers of the general conclusion (regulation 004, 5.4) in its wording: how the support can be regarded, whether
 * the problems were removed (and which were not), the reasons, what the teacher needs (professional development in
 * what, another route why) and the most effective ways of further support. Read-only once signed or for its readers.
 */
class ConclusionForm extends FormLayout {

    private static final long serialVersionUID = 1L;

    private final transient RecordPage page;
    private final transient Conclusion conclusion;
    private final RadioButtonGroup<Verdict> verdict = new RadioButtonGroup<>();
    private final RadioButtonGroup<ProblemsRemoved> removed = new RadioButtonGroup<>();
    private final TextArea notRemoved = Forms.field(new TextArea(), "ts-conclusion-not-removed",
            "teachersupport.ui.conclusion.notRemoved");
    private final TextArea reasons = Forms.field(new TextArea(), "ts-conclusion-reasons",
            "teachersupport.ui.conclusion.reasons");
    private final CheckboxGroup<TeacherNeed> needs = new CheckboxGroup<>();
    private final TextField development = Forms.field(new TextField(), "ts-conclusion-development",
            "teachersupport.ui.conclusion.development");
    private final TextField anotherRoute = Forms.field(new TextField(), "ts-conclusion-another-route",
            "teachersupport.ui.conclusion.anotherRoute");
    private final TextArea effectiveWays = Forms.field(new TextArea(), "ts-conclusion-effective-ways",
            "teachersupport.ui.conclusion.effectiveWays");

    ConclusionForm(RecordPage page, Conclusion c, boolean writes) {
        this.page = page;
        this.conclusion = c;
        setId("ts-conclusion-form");
        Forms.field(verdict, "ts-conclusion-verdict", "teachersupport.ui.conclusion.verdict");
        verdict.setItems(Verdict.values());
        verdict.setItemLabelGenerator(v -> SupportTexts.label(SupportTexts.VERDICT, v));
        verdict.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        Forms.field(removed, "ts-conclusion-removed", "teachersupport.ui.conclusion.removed");
        removed.setItems(ProblemsRemoved.values());
        removed.setItemLabelGenerator(r -> SupportTexts.label(SupportTexts.REMOVED, r));
        removed.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        Forms.field(needs, "ts-conclusion-needs", "teachersupport.ui.conclusion.needs");
        needs.setItems(TeacherNeed.values());
        needs.setItemLabelGenerator(n -> SupportTexts.label(SupportTexts.NEED, n));
        needs.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        verdict.setValue(c.verdict());
        removed.setValue(c.removed());
        notRemoved.setValue(c.notRemoved());
        reasons.setValue(c.reasons());
        needs.setValue(new LinkedHashSet<>(c.needs()));
        development.setValue(c.development());
        anotherRoute.setValue(c.anotherRouteWhy());
        effectiveWays.setValue(c.effectiveWays());
        removed.addValueChangeListener(e -> adapt());
        needs.addValueChangeListener(e -> adapt());
        adapt();
        add(verdict, removed, notRemoved, reasons, needs, development, anotherRoute, effectiveWays);
        setColspan(notRemoved, 2);
        setColspan(reasons, 2);
        setColspan(effectiveWays, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
        fields().values().forEach(f -> ((com.vaadin.flow.component.HasValue<?, ?>) f).setReadOnly(!writes));
    }

    /** Asks for the problems not removed, for what development and why another route only when they apply. */
    private void adapt() {
        notRemoved.setVisible(removed.getValue() == ProblemsRemoved.NOT_REMOVED || !notRemoved.isEmpty());
        development.setVisible(needs.getValue().contains(TeacherNeed.PROFESSIONAL_DEVELOPMENT)
                || !development.isEmpty());
        anotherRoute.setVisible(needs.getValue().contains(TeacherNeed.ANOTHER_ROUTE) || !anotherRoute.isEmpty());
    }

    /** The inputs by the field names the service uses. */
    Map<String, HasValidation> fields() {
        Map<String, HasValidation> m = new HashMap<>();
        m.put("verdict", verdict);
        m.put("removed", removed);
        m.put("notRemoved", notRemoved);
        m.put("reasons", reasons);
        m.put("needs", needs);
        m.put("development", development);
        m.put("anotherRouteWhy", anotherRoute);
        m.put("effectiveWays", effectiveWays);
        return m;
    }

    ConclusionDraft draft() {
        return new ConclusionDraft(verdict.getValue(), removed.getValue(), notRemoved.getValue(), reasons.getValue(),
                needs.getValue(), development.getValue(), anotherRoute.getValue(), effectiveWays.getValue());
    }

    /** Writes the answers and reads the page afresh. */
    void save() {
        if (write().isPresent()) {
            Notifications.success(getTranslation("teachersupport.ui.conclusion.saved"));
            page.reload().run();
        }
    }

    /** Writes the answers; the conclusion as written, or nothing after a failure (shown on the form). */
    Optional<Conclusion> write() {
        Failures.clear(fields());
        return Failures.on(fields(), page.reload())
                .get(() -> page.services().conclusion().save(page.id(), conclusion.version(), draft()));
    }
}
