package org.opora.platform.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * The conditions of a list query built from a search form, each with its named parameters, so that one filter
 * serves both the page query and the count query:
 *
 * <pre>{@code
 * QueryFilter f = new QueryFilter().andIf(q.year(), "m.academicYear = :y", "y").words(text, "upper(m.place)");
 * List<MeetingEntity> page = f.query(em, "select m from MeetingEntity m", " order by m.date desc",
 *         MeetingEntity.class).setFirstResult(offset).setMaxResults(limit).getResultList();
 * long count = f.query(em, "select count(m) from MeetingEntity m", "", Long.class).getSingleResult();
 * }</pre>
 */
public final class QueryFilter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    /** Adds a condition with one named parameter. */
    public QueryFilter and(String condition, String param, Object value) {
        conditions.add(condition);
        params.put(param, value);
        return this;
    }

    /** Adds a condition without parameters. */
    public QueryFilter and(String condition) {
        conditions.add(condition);
        return this;
    }

    /** Adds a condition only when the value is present (not null, not empty text). */
    public QueryFilter andIf(Object value, String condition, String param) {
        if (value != null && !(value instanceof String s && s.isEmpty())) {
            and(condition, param, value);
        }
        return this;
    }

    /**
     * Every word of a search text must occur in one of the expressions, e.g.
     * {@code words(normalised, "s.searchName", "upper(s.position)")}. The caller normalises the text the way its
     * columns are stored (e.g. upper case); words are separated by spaces, and {@code %} and {@code _} in them are
     * taken literally by leaving them out.
     */
    public QueryFilter words(String text, String... expressions) {
        String[] words = text == null ? new String[0] : text.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String word = words[i].replace("%", "").replace("_", "");
            if (word.isEmpty()) {
                continue;
            }
            String param = "w" + i;
            List<String> any = new ArrayList<>();
            for (String e : expressions) {
                any.add(e + " like :" + param);
            }
            and("(" + String.join(" or ", any) + ")", param, "%" + word + "%");
        }
        return this;
    }

    /** The query {@code select + where + order} with the parameters set. */
    public <T> TypedQuery<T> query(EntityManager em, String select, String order, Class<T> type) {
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        params.forEach(query::setParameter);
        return query;
    }
}
