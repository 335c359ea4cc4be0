package org.opora.platform.persistence.internal;

import java.io.IOException;
import java.io.Writer;

import org.eclipse.persistence.platform.database.PostgreSQLPlatform;

/**
 * EclipseLink's PostgreSQL platform, printing boolean literals as {@code TRUE}/{@code FALSE}. The stock platform prints
 * {@code '1'}/{@code '0'}, which PostgreSQL takes for a boolean only where it meets a boolean column; as a selected
 * value or beside another literal it stays text. The same literals as on Derby ({@link OporaDerbyPlatform}).
 */
public class OporaPostgreSQLPlatform extends PostgreSQLPlatform {

    private static final long serialVersionUID = 1L;

    @Override
    protected void appendBoolean(Boolean bool, Writer writer) throws IOException {
        writer.write(Boolean.TRUE.equals(bool) ? "TRUE" : "FALSE");
    }
}
