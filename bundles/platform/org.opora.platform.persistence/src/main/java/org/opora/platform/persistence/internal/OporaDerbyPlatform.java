package org.opora.platform.persistence.internal;

import java.io.IOException;
import java.io.Writer;

import org.eclipse.persistence.platform.database.DerbyPlatform;

/**
 * EclipseLink's Derby platform, printing boolean literals as {@code TRUE}/{@code FALSE}. The stock platform prints
 * 1/0 (Derby once had no BOOLEAN type), and whenever EclipseLink writes a parameter inline — it does so for every
 * parameter of a statement with a sub-query or a comparison of literals — Derby refuses to compare its BOOLEAN
 * columns with 1.
 */
public class OporaDerbyPlatform extends DerbyPlatform {

    private static final long serialVersionUID = 1L;

    @Override
    protected void appendBoolean(Boolean bool, Writer writer) throws IOException {
        writer.write(Boolean.TRUE.equals(bool) ? "TRUE" : "FALSE");
    }
}
