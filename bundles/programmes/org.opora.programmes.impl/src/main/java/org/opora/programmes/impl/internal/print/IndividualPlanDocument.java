package org.opora.programmes.impl.internal.print;

import org.opora.core.api.School;
import org.opora.core.api.SchoolService;
import org.opora.core.api.staff.StaffService;
import org.opora.platform.api.approval.ApprovalStep;
import org.opora.platform.api.i18n.Translator;
import org.opora.platform.api.print.PrintDocument;
import org.opora.platform.api.print.PrintableDocument;
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

    @Activate
    public IndividualPlanDocument(@Reference IndividualPlanService plans, @Reference SchoolService school,
            @Reference StaffService staff, @Reference People people, @Reference Translator translator) {
        this(plans, new Signatories(school, staff, people::consiliumChair), translator);
    }

    IndividualPlanDocument(IndividualPlanService plans, Signatories signatories, Translator translator) {
        super(signatories, translator);
        this.plans = plans;
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
        return new IndividualPlanLayout(texts).build(plan,
                new ApprovalStamp(texts).block(school.name(), approver, name), approver.position(), name);
    }
}
