package org.opora.teachersupport.impl.internal.print;

import org.opora.core.api.SchoolService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The school's name at the head of a form; empty when it cannot be read. */
final class FormSchool {

    private static final Logger LOG = LoggerFactory.getLogger(FormSchool.class);

    private FormSchool() {
    }

    static String name(SchoolService school) {
        try {
            return school.school().name();
        } catch (RuntimeException e) {
            LOG.debug("The school's name could not be read for a form: {}", e.toString());
            return "";
        }
    }
}
