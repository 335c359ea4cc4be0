package org.opora.consilium.impl.internal.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * The conditions of a list query: each condition with its parameters, so that the same filter serves the page
 * query and the count query.
 */
public final class Filter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    /** Adds a condition with one named parameter. */
    public Filter and(String condition, String param, Object value) {
        conditions.add(condition);
        params.put(param, value);
        return this;
    }

    /** Adds a condition without parameters. */
    public Filter and(String condition) {
        conditions.add(condition);
        return this;
    }

    /** Adds a condition only when the value is present (not null). */
    public Filter andIf(Object value, String condition, String param) {
        if (value != null) {
            and(condition, param, value);
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
