package org.opora.platform.persistence.internal;

import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/** Puts every table of a unit into the module's schema, so entities need no schema in their mappings. */
final class SchemaQualifier implements SessionCustomizer {

    private final String schema;

    SchemaQualifier(String schema) {
        this.schema = schema;
    }

    @Override
    public void customize(Session session) {
        session.getLogin().setTableQualifier(schema);
    }
}
