package org.opora.programmes.impl.internal.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opora.core.api.ReferenceLists;
import org.opora.core.api.activity.Activity;
import org.opora.core.api.activity.ActivityQuery;
import org.opora.core.api.activity.ActivitySource;
import org.opora.core.api.pupil.ClassService;
import org.opora.core.api.staff.OrderService;
import org.opora.core.support.Caller;
import org.opora.platform.api.approval.ApprovalRoles;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.i18n.Translator;
import org.opora.programmes.api.ProgrammesPermissions;
import org.opora.programmes.impl.internal.config.ProgrammeLists;
import org.opora.programmes.impl.internal.config.ProgrammeRules;
import org.opora.programmes.impl.internal.model.ConsultationEntity;
import org.opora.programmes.impl.internal.model.IndividualPlanEntity;
import org.opora.programmes.impl.internal.support.People;
import org.opora.programmes.impl.internal.support.ProgrammesDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The consultations of the individual plans (001 §4.6) as the service's work by direction (000 §3), dated by the day
 * they were held. A consultation is listed to whoever may read its plan (the coordinator, the drafter, holders of
 * {@code programmes.coordinate} or {@code programmes.read-all} …); one query bounded by the period.
 */
@Component
public class ConsultationActivities implements ActivitySource {

    private final PlanContext ctx;
    private final Translator translator;

    @Activate
    public ConsultationActivities(@Reference ProgrammesDatabase db, @Reference People people,
            @Reference ProgrammeRules rules, @Reference ProgrammeLists lists, @Reference AuditService audit,
            @Reference ClassService classes, @Reference OrderService orders, @Reference ReferenceLists coreLists,
            @Reference ApprovalRoles roles, @Reference Translator translator) {
        this.ctx = new PlanContext(db, people, rules, lists, audit,
                new PlanContext.CoreParts(classes, orders, coreLists), roles, () -> translator);
        this.translator = translator;
    }

    @Override
    public List<Activity> activities(ActivityQuery query, Locale locale) {
        Caller who = ctx.people.who();
        if (!who.allows(ProgrammesPermissions.ACCESS)) {
            return List.of();
        }
        String kind = translator.translate("programmes.work.kind.consultation", locale);
        boolean all = ActivityQuery.ALL.equals(query.direction());
        return ctx.db.read(em -> {
            var q = em.createQuery("select c, p from ConsultationEntity c, IndividualPlanEntity p"
                    + " where p.id = c.planId and c.on >= :f and c.on <= :t"
                    + (all ? "" : " and c.workDirection = :d")
                    + " order by c.on desc, c.id desc", Object[].class)
                    .setParameter("f", query.from()).setParameter("t", query.to());
            if (!all) {
                q.setParameter("d", query.direction());
            }
            Map<Long, Boolean> readable = new HashMap<>();
            List<Activity> found = new ArrayList<>();
            for (Object[] pair : q.getResultList()) {
                ConsultationEntity c = (ConsultationEntity) pair[0];
                IndividualPlanEntity p = (IndividualPlanEntity) pair[1];
                if (!readable.computeIfAbsent(p.getId(), id -> ctx.canRead(who, p))) {
                    continue;
                }
                found.add(new Activity(c.getOn(), c.getWorkDirection(), kind, title(c.getSubject()),
                        p.getPupilName(), c.getSpecialistName(), "programmes/plan/" + p.getId()));
            }
            return found;
        });
    }

    /** The first line of the subject, as the list shows one line. */
    private static String title(String subject) {
        int end = subject.indexOf('\n');
        return end < 0 ? subject : subject.substring(0, end).strip();
    }
}
