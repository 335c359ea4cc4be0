package org.opora.core.impl.internal.agency;

import java.util.List;
import java.util.Locale;

import org.opora.core.api.CorePermissions;
import org.opora.core.api.activity.Activity;
import org.opora.core.api.activity.ActivityQuery;
import org.opora.core.api.activity.ActivitySource;
import org.opora.core.impl.internal.model.InteractionEntity;
import org.opora.core.impl.internal.support.CoreDatabase;
import org.opora.core.impl.internal.support.Guard;
import org.opora.platform.api.i18n.Translator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The interactions with agencies as the service's work by direction: listed to whoever reads the interaction log
 * ({@code core.agency.read}), as the log itself is.
 */
@Component
public class InteractionActivities implements ActivitySource {

    private final CoreDatabase db;
    private final Guard guard;
    private final Translator translator;

    @Activate
    public InteractionActivities(@Reference CoreDatabase db, @Reference Guard guard,
            @Reference Translator translator) {
        this.db = db;
        this.guard = guard;
        this.translator = translator;
    }

    @Override
    public List<Activity> activities(ActivityQuery query, Locale locale) {
        if (!guard.allows(CorePermissions.AGENCY_READ)) {
            return List.of();
        }
        String kind = translator.translate("core.work.kind.interaction", locale);
        boolean all = ActivityQuery.ALL.equals(query.direction());
        return db.read(em -> {
            var q = em.createQuery("select i from InteractionEntity i where i.date >= :f and i.date <= :t"
                    + (all ? "" : " and coalesce(i.direction, '') = :d") + " order by i.date desc, i.id desc",
                    InteractionEntity.class).setParameter("f", query.from()).setParameter("t", query.to());
            if (!all) {
                q.setParameter("d", query.direction());
            }
            return q.getResultList().stream().map(i -> i.toActivity(kind)).toList();
        });
    }
}
