package org.opora.core.api.report;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's section of the service's annual report, registered as a whiteboard service by each installed module.
 * Installing a module adds its section to the report; removing it removes the section. The figures are counted with
 * aggregate queries bounded by the academic year, never by loading every record.
 */
@ConsumerType
public interface ReportContribution {

    /** Stable id of the section, e.g. {@code consilium}; sections with one id replace each other. */
    String id();

    /** Position of the section in the report; lower first, then by id. The core's own section is 100. */
    int order();

    /**
     * The section for one academic year, its texts in the request's language.
     *
     * @return the section; a section without figures and charts is still shown with its title
     */
    ReportSection section(ReportRequest request);
}
