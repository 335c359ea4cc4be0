package org.opora.patronage.impl.internal.duty;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.opora.core.support.FieldChecks;
import org.opora.patronage.api.PatronagePermissions;
import org.opora.patronage.api.cases.CaseQuery;
import org.opora.patronage.api.cases.CaseService;
import org.opora.patronage.api.report.ReportService;
import org.opora.patronage.api.work.ContactService;
import org.opora.patronage.api.work.WorkPlanService;
import org.opora.patronage.impl.internal.config.PatronageRules;
import org.opora.platform.api.duty.Duty;
import org.opora.platform.api.duty.DutyProvider;
import org.opora.platform.api.i18n.Translator;
import org.opora.platform.api.security.OporaUser;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "My duties" of the patronage (regulation 003): plan rows past their period and not done (to the responsible staff
 * member and the curators), contacts due by the school's interval or by an agreed next step and reports due by the
 * school's interval (to the curators), pupils of a mandatory category without a case (to the coordinator) and open
 * cases without a curator (to whoever appoints curators). Called as the user while the home page is built; a kind
 * that fails is logged and left out.
 */
@Component
public class PatronageDuties implements DutyProvider {

    private static final Logger LOG = LoggerFactory.getLogger(PatronageDuties.class);

    private final CaseService cases;
    private final WorkPlanService plan;
    private final ContactService contacts;
    private final ReportService reports;
    private final Translator translator;
    private final PatronageRules rules;

    @Activate
    public PatronageDuties(@Reference CaseService cases, @Reference WorkPlanService plan,
            @Reference ContactService contacts, @Reference ReportService reports, @Reference Translator translator,
            @Reference PatronageRules rules) {
        this.rules = rules;
        this.cases = cases;
        this.plan = plan;
        this.contacts = contacts;
        this.reports = reports;
        this.translator = translator;
    }

    @Override
    public List<Duty> dutiesOf(OporaUser user, Locale locale) {
        List<Duty> duties = new ArrayList<>();
        if (!user.has(PatronagePermissions.ACCESS)) {
            return duties;
        }
        String me = user.username();
        collect(duties, "overdue rows", () -> plan.overdueFor(me).stream().map(o -> new Duty(
                text("overdueRow", locale, o.item().activity(), FieldChecks.day(o.item().to())), o.pupil(),
                o.item().to(), route(o.item().caseId()))).toList());
        collect(duties, "contacts due", () -> contacts.dueFor(me).stream().map(c -> new Duty(
                c.nextStep().isEmpty() ? text("contactDue", locale, FieldChecks.day(c.due()))
                        : text("nextStepDue", locale, c.nextStep(), FieldChecks.day(c.due())),
                c.pupil(), c.due(), route(c.caseId()))).toList());
        collect(duties, "reports due", () -> reports.dueFor(me).stream().map(r -> new Duty(
                text("reportDue", locale, FieldChecks.day(r.due())), r.pupil(), r.due(), route(r.caseId()))).toList());
        collect(duties, "mandatory without case", () -> cases.mandatoryWithoutCase().stream().map(p -> new Duty(
                text("openCase", locale), p.className().isEmpty() ? p.pupil()
                        : text("pupil", locale, p.pupil(), p.className()), null, "patronage/cases")).toList());
        if (user.hasRole(rules.curatorOrderChain().approver().role())) {
            collect(duties, "without curator", () -> cases.find(new CaseQuery("", "", true, true, false), 0, 200)
                    .stream().map(c -> new Duty(text("appointCurator", locale), c.className().isEmpty() ? c.pupil()
                            : text("pupil", locale, c.pupil(), c.className()), null, route(c.id()))).toList());
        }
        return duties;
    }

    private static void collect(List<Duty> duties, String kind, Supplier<List<Duty>> source) {
        try {
            duties.addAll(source.get());
        } catch (RuntimeException e) {
            LOG.warn("Patronage duties of kind '{}' are left out: {}", kind, e.toString());
        }
    }

    private String text(String key, Locale locale, Object... params) {
        return translator.translate("patronage.duty." + key, locale, params);
    }

    private static String route(long caseId) {
        return "patronage/case/" + caseId;
    }
}
