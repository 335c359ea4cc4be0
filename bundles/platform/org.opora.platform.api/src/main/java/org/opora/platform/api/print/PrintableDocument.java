package org.opora.platform.api.print;

import java.util.Locale;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard service through which a module contributes a printable form (a consilium protocol, an individual support programme …).
 * The platform checks the permission, writes the print to the audit journal and renders the PDF.
 */
@ConsumerType
public interface PrintableDocument {

    /** Stable id, e.g. {@code consilium.protocol}. */
    String id();

    /** i18n key of the form's name. */
    String titleKey();

    /** Permission needed to print it; empty for any signed-in user. */
    String requiredPermission();

    /**
     * Builds the document for one record.
     *
     * @throws IllegalArgumentException if there is no such record
     */
    PrintDocument build(String recordId, Locale locale);
}
