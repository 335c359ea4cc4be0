package org.opora.programmes.impl.internal.print;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

import org.opora.core.api.CoreException;
import org.opora.core.api.School;
import org.opora.core.api.SchoolService;
import org.opora.core.api.staff.BodyMember;
import org.opora.core.api.staff.StaffService;
import org.opora.platform.api.security.AccessDeniedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who signs the forms besides the people the record names: the school and its director (the approval block) and
 * the chair of the consilium (the sign-off of a programme). The director is looked up in the core's staff, the
 * chair is the consilium's to say (its officers), and the person printing may not be allowed to read them: then the
 * line is left blank to be written in by hand, and the form still prints.
 */
final class Signatories {

    private static final Logger LOG = LoggerFactory.getLogger(Signatories.class);

    private final SchoolService school;
    private final StaffService staff;
    private final Function<LocalDate, Optional<BodyMember>> consiliumChair;

    /** @param consiliumChair the chair of the consilium on a day, if there is one that may be read */
    Signatories(SchoolService school, StaffService staff, Function<LocalDate, Optional<BodyMember>> consiliumChair) {
        this.school = school;
        this.staff = staff;
        this.consiliumChair = consiliumChair;
    }

    /** The school, as the approval block names it. */
    School school() {
        return school.school();
    }

    /** The director's name as printed on documents, from the school or else from its staff record; may be empty. */
    String director(School s) {
        if (s.director() != null && !s.director().isBlank()) {
            return s.director().strip();
        }
        if (s.directorId() == null) {
            return "";
        }
        try {
            return staff.get(s.directorId()).name().full();
        } catch (AccessDeniedException | CoreException e) {
            LOG.debug("The director's staff record could not be read for a print: {}", e.getMessage());
            return "";
        }
    }

    /** The name of the consilium's chair on the day, or empty when there is none or it may not be read. */
    String consiliumChair(LocalDate on) {
        try {
            return consiliumChair.apply(on).map(BodyMember::staffName).orElse("");
        } catch (AccessDeniedException | CoreException e) {
            LOG.debug("The consilium's chair could not be read for a print: {}", e.getMessage());
            return "";
        }
    }
}
