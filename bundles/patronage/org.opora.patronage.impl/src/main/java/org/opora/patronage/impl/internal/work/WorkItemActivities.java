package org.opora.patronage.impl.internal.work;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opora.core.api.activity.Activity;
import org.opora.core.api.activity.ActivityQuery;
import org.opora.core.api.activity.ActivitySource;
import org.opora.core.support.Caller;
import org.opora.patronage.api.PatronagePermissions;
import org.opora.patronage.impl.internal.cases.CaseAccess;
import org.opora.patronage.impl.internal.cases.CaseGate;
import org.opora.patronage.impl.internal.model.WorkItemEntity;
import org.opora.platform.api.i18n.Translator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The rows of the curators' work plans (003 §3.3) as the service's work by direction (000 §3), dated by the day they
 * begin, each with the direction chosen for it (by default the one its kind of help gives). A row is listed to
 * whoever may read its case ({@link CaseAccess#canRead}: the coordinator, the case's curator and team, the
 * specialists assigned, holders of {@code patronage.read-all}); one query for the rows, three for the access.
 */
@Component
public class WorkItemActivities implements ActivitySource {

    private final CaseGate gate;
    private final Translator translator;

    @Activate
    public WorkItemActivities(@Reference CaseGate gate, @Reference Translator translator) {
        this.gate = gate;
        this.translator = translator;
    }

    @Override
    public List<Activity> activities(ActivityQuery query, Locale locale) {
        Caller who = gate.people().who();
        if (!who.allows(PatronagePermissions.ACCESS)) {
            return List.of();
        }
        String kind = translator.translate("patronage.work.kind.row", locale);
        boolean all = ActivityQuery.ALL.equals(query.direction());
        return gate.db().read(em -> {
            var q = em.createQuery("select w, c.pupilName from WorkItemEntity w, CaseEntity c where c.id = w.caseId"
                    + " and w.from >= :f and w.from <= :t" + (all ? "" : " and w.direction = :d")
                    + " order by w.from desc, w.id desc", Object[].class)
                    .setParameter("f", query.from()).setParameter("t", query.to());
            if (!all) {
                q.setParameter("d", query.direction());
            }
            List<Object[]> rows = q.getResultList();
            Map<Long, CaseAccess> access = gate.access(em, who,
                    rows.stream().map(r -> ((WorkItemEntity) r[0]).getCaseId()).distinct().toList());
            List<Activity> found = new ArrayList<>();
            for (Object[] r : rows) {
                WorkItemEntity w = (WorkItemEntity) r[0];
                if (access.get(w.getCaseId()).canRead()) {
                    found.add(activity(w, (String) r[1], kind));
                }
            }
            return found;
        });
    }

    /** A row of a work plan as an activity: the row's activity, the case's pupil, the responsible specialist. */
    static Activity activity(WorkItemEntity w, String pupil, String kind) {
        return new Activity(w.getFrom(), w.getDirection(), kind, w.getActivity(), pupil, w.getResponsible(),
                "patronage/case/" + w.getCaseId());
    }
}
