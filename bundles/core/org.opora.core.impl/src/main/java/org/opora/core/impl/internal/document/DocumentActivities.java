package org.opora.core.impl.internal.document;

import java.util.List;
import java.util.Locale;

import org.opora.core.api.CorePermissions;
import org.opora.core.api.activity.Activity;
import org.opora.core.api.activity.ActivityQuery;
import org.opora.core.api.activity.ActivitySource;
import org.opora.core.impl.internal.model.DocumentEntity;
import org.opora.core.impl.internal.support.CoreDatabase;
import org.opora.core.impl.internal.support.Guard;
import org.opora.platform.api.i18n.Translator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The documents of the register as the service's work by direction, dated the day they were registered: listed to
 * whoever reads the register ({@code core.document.read}), as the register itself is.
 */
@Component
public class DocumentActivities implements ActivitySource {

    private final CoreDatabase db;
    private final Guard guard;
    private final Translator translator;

    @Activate
    public DocumentActivities(@Reference CoreDatabase db, @Reference Guard guard, @Reference Translator translator) {
        this.db = db;
        this.guard = guard;
        this.translator = translator;
    }

    @Override
    public List<Activity> activities(ActivityQuery query, Locale locale) {
        if (!guard.allows(CorePermissions.DOCUMENT_READ)) {
            return List.of();
        }
        String kind = translator.translate("core.work.kind.document", locale);
        var zone = db.clock().getZone();
        // registered within the period in the school's time zone: a day either side, then the exact days
        var from = query.from().minusDays(1).atStartOfDay(zone).toInstant();
        var to = query.to().plusDays(2).atStartOfDay(zone).toInstant();
        return db.read(em -> em.createQuery("select d from DocumentEntity d where d.addedAt >= :f and d.addedAt < :t"
                + " order by d.addedAt desc", DocumentEntity.class).setParameter("f", from).setParameter("t", to)
                .getResultList().stream().map(d -> d.toActivity(kind, zone)).filter(query::matches).toList());
    }
}
