package org.opora.programmes.impl.internal.print;

import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

import org.opora.core.api.School;
import org.opora.core.api.SchoolService;
import org.opora.core.api.staff.StaffService;
import org.opora.platform.api.approval.ApprovalStep;
import org.opora.platform.api.i18n.Translator;
import org.opora.platform.api.print.PrintDocument;
import org.opora.platform.api.print.PrintableDocument;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ReferenceLists;
import org.opora.programmes.api.plan.IndividualPlan;
import org.opora.programmes.api.plan.IndividualPlanService;
import org.opora.programmes.impl.internal.support.People;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The individual plan of regulation 001 (record id = the plan's id). The plan service checks that the user may
 * read the plan and audits the read; its AccessDeniedException reaches the caller unchanged.
 */
@Component(service = PrintableDocument.class)
public class IndividualPlanDocument extends ProgrammesForm {

    public static final String ID = "programmes.plan";

    private final IndividualPlanService plans;
    /** The school's title of a direction of work (000 §3) in a language; the built-in title without the core's lists. */
    private final BiFunction<String, Locale, String> directions;

    @Activate
    public IndividualPlanDocument(@Reference IndividualPlanService plans, @Reference SchoolService school,
            @Reference StaffService staff, @Reference People people, @Reference Translator translator,
            @Reference ReferenceLists coreLists) {
        this(plans, new Signatories(school, staff, people::consiliumChair), translator,
                (code, locale) -> coreLists.label(ReferenceList.DIRECTIONS, code, locale));
    }

    IndividualPlanDocument(IndividualPlanService plans, Signatories signatories, Translator translator) {
        this(plans, signatories, translator, null);
    }

    IndividualPlanDocument(IndividualPlanService plans, Signatories signatories, Translator translator,
            BiFunction<String, Locale, String> directions) {
        super(signatories, translator);
        this.plans = plans;
        this.directions = directions;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titleKey() {
        return "programmes.print.plan.title";
    }

    @Override
    protected PrintDocument build(long planId, PrintTexts texts) {
        IndividualPlan plan = plans.get(planId);
        School school = signatories.school();
        ApprovalStep approver = ApprovalStamp.approver(plans.approvals(planId), texts.t("sign.director"));
        String name = ApprovalStamp.name(approver, signatories.director(school));
        UnaryOperator<String> direction = directions == null
                ? code -> texts.label(IndividualPlanLayout.DIRECTION_LABELS, code)
                : code -> code.isBlank() ? texts.t("none") : directions.apply(code, texts.locale());
        return new IndividualPlanLayout(texts, direction).build(plan, plans.consultations(planId),
                new ApprovalStamp(texts).block(school.name(), approver, name), approver.position(), name);
    }
}
