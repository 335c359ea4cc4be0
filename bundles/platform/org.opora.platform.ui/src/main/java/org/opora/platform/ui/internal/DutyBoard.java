package org.opora.platform.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.opora.platform.api.duty.Duty;
import org.opora.platform.api.duty.DutyProvider;
import org.opora.platform.api.security.OporaUser;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Collects "my duties" from every module's {@link DutyProvider}; a failing module does not hide the others. */
@Component(service = DutyBoard.class, immediate = true)
public class DutyBoard {

    private static final Logger LOG = LoggerFactory.getLogger(DutyBoard.class);

    private final Set<DutyProvider> providers = ConcurrentHashMap.newKeySet();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addProvider(DutyProvider provider) {
        providers.add(provider);
    }

    void removeProvider(DutyProvider provider) {
        providers.remove(provider);
    }

    /** The user's duties, those without a due date last, the earliest due first. */
    public List<Duty> dutiesOf(OporaUser user, Locale locale) {
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
