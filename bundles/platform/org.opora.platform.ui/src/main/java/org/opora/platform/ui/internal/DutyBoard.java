package org.opora.platform.ui.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.duty.Duty;
import org.opora.platform.api.duty.DutyProvider;
import org.opora.platform.api.security.OporaUser;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects "my duties" from every module's {@link DutyProvider}; a failing module does not hide the others. The
 * lists are kept for a short while ({@link DutyCache}): a user's own change, journaled as such
 * ({@link AuditService#CHANGE_TOPIC}), and a module coming or going make them computed again.
 */
@Component(service = {DutyBoard.class, EventHandler.class}, immediate = true,
        property = EventConstants.EVENT_TOPIC + "=" + AuditService.CHANGE_TOPIC)
public class DutyBoard implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DutyBoard.class);

    private final Set<DutyProvider> providers = ConcurrentHashMap.newKeySet();
    private final DutyCache cache = new DutyCache(Clock.systemUTC());

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addProvider(DutyProvider provider) {
        providers.add(provider);
        cache.clear();
    }

    void removeProvider(DutyProvider provider) {
        providers.remove(provider);
        cache.clear();
    }

    /** A change journaled by a user: that user's duties are computed again at their next visit. */
    @Override
    public void handleEvent(Event event) {
        if (event.getProperty(AuditService.CHANGE_ACTOR) instanceof String actor) {
            cache.changedBy(actor);
        }
    }

    /** The user's duties, those without a due date last, the earliest due first. */
    public List<Duty> dutiesOf(OporaUser user, Locale locale) {
        return cache.duties(user, locale, () -> collect(user, locale));
    }

    private List<Duty> collect(OporaUser user, Locale locale) {
        List<Duty> all = new ArrayList<>();
        for (DutyProvider p : providers) {
            try {
                all.addAll(p.dutiesOf(user, locale));
            } catch (RuntimeException e) {
                LOG.error("Duties of {} could not be read", p.getClass().getName(), e);
            }
        }
        all.sort(Comparator.comparing(Duty::due, Comparator.nullsLast(Comparator.naturalOrder())));
        return all;
    }
}
