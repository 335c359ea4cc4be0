package org.opora.teachersupport.impl.internal.help;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.opora.core.api.activity.Activity;
import org.opora.core.api.activity.ActivityQuery;
import org.opora.core.api.activity.ActivitySource;
import org.opora.core.support.Caller;
import org.opora.platform.api.i18n.Translator;
import org.opora.teachersupport.api.TeacherSupportPermissions;
import org.opora.teachersupport.impl.internal.config.SupportList;
import org.opora.teachersupport.impl.internal.model.HelpEntity;
import org.opora.teachersupport.impl.internal.model.SupportRecordEntity;
import org.opora.teachersupport.impl.internal.record.RecordGate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The help given to teachers (regulation 004, 3.3 to 3.5) as the service's work by direction (000 §3), dated by the
 * day it was given, each with the direction recorded for it (by default the one its form gives). Help is listed to
 * whoever may read its support record ({@code RecordAccess#canRead}: the administration, the lead, the participants,
 * the teacher where the school allows it); one query for the help and its records.
 */
@Component
public class HelpActivities implements ActivitySource {

    private final RecordGate gate;
    private final Translator translator;

    @Activate
    public HelpActivities(@Reference RecordGate gate, @Reference Translator translator) {
        this.gate = gate;
        this.translator = translator;
    }

    @Override
    public List<Activity> activities(ActivityQuery query, Locale locale) {
        Caller who = gate.people().who();
        if (!who.allows(TeacherSupportPermissions.ACCESS)) {
            return List.of();
        }
        boolean all = ActivityQuery.ALL.equals(query.direction());
        return gate.db().read(em -> {
            var q = em.createQuery("select h, r from HelpEntity h, SupportRecordEntity r where r.id = h.recordId"
                    + " and h.date >= :f and h.date <= :t" + (all ? "" : " and h.direction = :d")
                    + " order by h.date desc, h.id desc", Object[].class)
                    .setParameter("f", query.from()).setParameter("t", query.to());
            if (!all) {
                q.setParameter("d", query.direction());
            }
            List<Activity> found = new ArrayList<>();
            for (Object[] row : q.getResultList()) {
                HelpEntity h = (HelpEntity) row[0];
                SupportRecordEntity r = (SupportRecordEntity) row[1];
                if (gate.access(who, r).canRead()) {
                    String kind = translator.translate("teachersupport.work.kind.help", locale,
                            gate.rules().label(SupportList.HELP_FORMS, h.getForm(), locale));
                    found.add(activity(h, r.getTeacherName(), kind));
                }
            }
            return found;
        });
    }

    /** Help given as an activity: its topic, the teacher helped, who gave it. */
    static Activity activity(HelpEntity h, String teacher, String kind) {
        return new Activity(h.getDate(), h.getDirection(), kind, h.getTopic(), teacher, h.getProvidedBy(),
                "teacher-support/record/" + h.getRecordId());
    }
}
