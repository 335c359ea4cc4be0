package org.opora.teachersupport.impl.internal.duty;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.opora.core.support.FieldChecks;
import org.opora.platform.api.duty.Duty;
import org.opora.platform.api.duty.DutyProvider;
import org.opora.platform.api.i18n.Translator;
import org.opora.platform.api.security.OporaUser;
import org.opora.teachersupport.api.TeacherSupportPermissions;
import org.opora.teachersupport.api.conclusion.Conclusion;
import org.opora.teachersupport.api.conclusion.ConclusionService;
import org.opora.teachersupport.api.route.CheckpointDue;
import org.opora.teachersupport.api.route.CheckpointState;
import org.opora.teachersupport.api.route.RouteService;
import org.opora.teachersupport.impl.internal.config.SupportList;
import org.opora.teachersupport.impl.internal.config.SupportRules;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "My duties" of the teacher support (regulation 004, 3.2): the checkpoints of the routes the user leads that are due
 * (within the notice days of the settings before their due date) or overdue. Called as the user while the home page
 * is built, in one query; a failure is logged and the duties left out. The holders of the role that approves the
 * general conclusions (the school's chain {@code conclusionApprovalChain}) have the signed conclusions to approve.
 */
@Component
public class TeacherSupportDuties implements DutyProvider {

    /** The route of a record's page (the views of org.opora.teachersupport.ui). */
    public static final String ROUTE = "teacher-support/record/";
    private static final Logger LOG = LoggerFactory.getLogger(TeacherSupportDuties.class);

    private final RouteService routes;
    private final SupportRules rules;
    private final Translator translator;
    private final ConclusionService conclusions;

    @Activate
    public TeacherSupportDuties(@Reference RouteService routes, @Reference SupportRules rules,
            @Reference Translator translator, @Reference ConclusionService conclusions) {
        this.conclusions = conclusions;
        this.routes = routes;
        this.rules = rules;
        this.translator = translator;
    }

    @Override
    public List<Duty> dutiesOf(OporaUser user, Locale locale) {
        if (!user.has(TeacherSupportPermissions.ACCESS)) {
            return List.of();
        }
        List<Duty> duties = new ArrayList<>();
        try {
            routes.dueFor(user.username()).stream().map(d -> duty(d, locale)).forEach(duties::add);
        } catch (RuntimeException e) {
            LOG.warn("Teacher-support duties are left out: {}", e.toString());
        }
        if (user.hasRole(rules.conclusionApprovalChain().approver().role())) {
            try {
                conclusions.awaitingApproval().stream().map(c -> approval(c, locale)).forEach(duties::add);
            } catch (RuntimeException e) {
                LOG.warn("Teacher-support conclusions to approve are left out: {}", e.toString());
            }
        }
        return duties;
    }

    private Duty approval(Conclusion c, Locale locale) {
        return new Duty(translator.translate("teachersupport.duty.approveConclusion", locale, c.teacher()),
                translator.translate("teachersupport.duty.approveConclusion.detail", locale, c.signedBy(),
                        FieldChecks.day(c.signedOn())), c.signedOn(), ROUTE + c.recordId());
    }

    private Duty duty(CheckpointDue d, Locale locale) {
        String key = d.checkpoint().state() == CheckpointState.OVERDUE ? "teachersupport.duty.checkpointOverdue"
                : "teachersupport.duty.checkpointDue";
        String kind = rules.label(SupportList.CHECKPOINT_KINDS, d.checkpoint().kind(), locale);
        return new Duty(translator.translate(key, locale, kind, FieldChecks.day(d.checkpoint().due())), d.teacher(),
                d.checkpoint().due(), ROUTE + d.checkpoint().recordId());
    }
}
