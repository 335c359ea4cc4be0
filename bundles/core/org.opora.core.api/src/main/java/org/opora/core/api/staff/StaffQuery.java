package org.opora.core.api.staff;

/**
 * A search in the staff list.
 *
 * @param text            part of the name or position; empty for all
 * @param specialistType  only this specialist type, or empty
 * @param includeInactive whether people who no longer work at the school are included
 */
public record StaffQuery(String text, String specialistType, boolean includeInactive) {

    public StaffQuery {
        text = text == null ? "" : text.strip();
        specialistType = specialistType == null ? "" : specialistType;
    }

    public static StaffQuery all() {
        return new StaffQuery("", "", false);
    }

    public static StaffQuery ofType(String specialistType) {
        return new StaffQuery("", specialistType, false);
    }
}
