package org.opora.programmes.impl.internal.print;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongFunction;

import org.opora.core.api.School;
import org.opora.core.api.SchoolService;
import org.opora.core.api.staff.StaffService;
import org.opora.platform.api.approval.ApprovalStep;
import org.opora.platform.api.i18n.Translator;
import org.opora.platform.api.print.PrintDocument;
import org.opora.platform.api.print.PrintableDocument;
import org.opora.programmes.api.programme.Programme;
import org.opora.programmes.api.programme.ProgrammeLifecycle;
import org.opora.programmes.api.programme.ProgrammeService;
import org.opora.programmes.api.programme.SupportPlanService;
import org.opora.programmes.impl.internal.config.ProgrammeLists;
import org.opora.programmes.impl.internal.support.People;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The individual support programme (IPS) in the form of regulation 002 (record id = the programme's id), with its
 * plan. The programme and plan services check that the user may read the programme's content and audit the read; a
 * user who may only know that it exists gets their AccessDeniedException.
 */
@Component(service = PrintableDocument.class)
public class ProgrammeDocument extends ProgrammesForm {

    public static final String ID = "programmes.programme";

    private final ProgrammeService programmes;
    private final SupportPlanService plans;
    private final ProgrammeLists lists;
    private final Clock clock;
    private final LongFunction<List<ApprovalStep>> approvals;

    @Activate
    public ProgrammeDocument(@Reference ProgrammeService programmes, @Reference SupportPlanService plans,
            @Reference ProgrammeLifecycle lifecycle, @Reference SchoolService school, @Reference StaffService staff,
            @Reference People people, @Reference ProgrammeLists lists, @Reference Translator translator) {
        this(programmes, plans, lifecycle::approvals, new Signatories(school, staff, people::consiliumChair), lists,
                translator, Clock.systemDefaultZone());
    }

    /** @param approvals the programme's approval chain as it stands ({@code ProgrammeLifecycle.approvals}) */
    ProgrammeDocument(ProgrammeService programmes, SupportPlanService plans,
            LongFunction<List<ApprovalStep>> approvals, Signatories signatories, ProgrammeLists lists,
            Translator translator, Clock clock) {
        super(signatories, translator);
        this.approvals = approvals;
        this.programmes = programmes;
        this.plans = plans;
        this.lists = lists;
        this.clock = clock;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String titleKey() {
        return "programmes.print.programme.title";
    }

    @Override
    protected PrintDocument build(long programmeId, PrintTexts texts) {
        Programme programme = programmes.get(programmeId);
        School school = signatories.school();
        ApprovalStep approver = ApprovalStamp.approver(approvals.apply(programmeId), texts.t("sign.director"));
        return new ProgrammeLayout(texts, (list, code) -> lists.label(list, code, texts.locale())).build(programme,
                plans.plan(programmeId), new ApprovalStamp(texts).block(school.name(), approver,
                        ApprovalStamp.name(approver, signatories.director(school))),
                signatories.consiliumChair(LocalDate.now(clock)));
    }
}
