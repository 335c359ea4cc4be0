package org.opora.core.impl.internal.activity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.opora.core.api.ListItem;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ReferenceLists;
import org.opora.core.api.activity.Activity;
import org.opora.core.api.activity.ActivityQuery;
import org.opora.core.api.activity.ActivitySource;
import org.opora.core.api.activity.DirectionCount;
import org.opora.core.api.activity.ServiceWork;
import org.opora.platform.api.i18n.Translator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gathers the service's work from every module's {@link ActivitySource} as modules come and go (a dynamic multiple
 * reference, like the duty board); a source that fails is logged and left out, so one module does not hide the
 * others' work.
 */
@Component
public class ServiceWorkImpl implements ServiceWork {

    private static final Logger LOG = LoggerFactory.getLogger(ServiceWorkImpl.class);

    private final ReferenceLists lists;
    private final Translator translator;
    private final Set<ActivitySource> sources = ConcurrentHashMap.newKeySet();

    @Activate
    public ServiceWorkImpl(@Reference ReferenceLists lists, @Reference Translator translator) {
        this.lists = lists;
        this.translator = translator;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addSource(ActivitySource source) {
        sources.add(source);
    }

    void removeSource(ActivitySource source) {
        sources.remove(source);
    }

    @Override
    public List<Activity> activities(ActivityQuery query, Locale locale) {
        List<Activity> all = new ArrayList<>();
        for (ActivitySource s : sources) {
            try {
                s.activities(query, locale).stream().filter(query::matches).forEach(all::add);
            } catch (RuntimeException e) {
                LOG.error("Activities of {} could not be read", s.getClass().getName(), e);
            }
        }
        all.sort(Comparator.comparing(Activity::date).reversed().thenComparing(Activity::kind)
                .thenComparing(Activity::title));
        return all;
    }

    @Override
    public List<DirectionCount> counts(ActivityQuery query, Locale locale) {
        return count(activities(query.withDirection(ActivityQuery.ALL), locale),
                lists.items(ReferenceList.DIRECTIONS, locale), translator.translate("core.work.unspecified", locale));
    }

    /** Counts per configured direction in its order, then unknown codes, then the activities without one. */
    static List<DirectionCount> count(List<Activity> activities, List<ListItem> directions, String unspecified) {
        Map<String, Integer> byCode = new LinkedHashMap<>();
        directions.forEach(d -> byCode.put(d.code(), 0));
        activities.forEach(a -> byCode.merge(a.direction(), 1, Integer::sum));
        List<DirectionCount> counts = new ArrayList<>();
        Integer none = byCode.remove(ActivityQuery.UNSPECIFIED);
        byCode.forEach((code, n) -> counts.add(new DirectionCount(code, directions.stream()
                .filter(d -> d.code().equals(code)).map(ListItem::label).findFirst().orElse(code), n)));
        if (none != null && none > 0) {
            counts.add(new DirectionCount(ActivityQuery.UNSPECIFIED, unspecified, none));
        }
        return counts;
    }
}
