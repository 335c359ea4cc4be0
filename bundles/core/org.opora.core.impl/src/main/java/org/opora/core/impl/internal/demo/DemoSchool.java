package org.opora.core.impl.internal.demo;

import java.util.List;
import java.util.Objects;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.agency.AgencyDraft;

/**
 * The whole demo school as plain data, ready to be written through the core services. Records refer to each other
 * by staff key, class name, order number, agency name and pupil index (position in {@link #pupils()}), never by
 * database ids.
 *
 * @param name         the school's name, clearly marked as demo data
 * @param number       the school's number
 * @param address      the school's (fictional) address
 * @param year         the current academic year; the classes belong to it
 * @param directorKey  the staff key of the director
 * @param staff        staff members
 * @param classes      classes of {@code year}, by grade and letter
 * @param pupils       pupils, by class and name
 * @param orders       the director's orders, by date
 * @param head         the appointment of the head of the support service
 * @param members      members of the functional bodies
 * @param documents    documents of the register with their files
 * @param agencies     external agencies
 * @param interactions interactions with the agencies, by date
 */
public record DemoSchool(String name, String number, String address, AcademicYear year, String directorKey,
        List<DemoStaff> staff, List<DemoClass> classes, List<DemoPupil> pupils, List<DemoOrder> orders,
        DemoHead head, List<DemoMember> members, List<DemoDocument> documents, List<AgencyDraft> agencies,
        List<DemoInteraction> interactions) {

    public DemoSchool {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(head, "head");
        staff = List.copyOf(staff);
        classes = List.copyOf(classes);
        pupils = List.copyOf(pupils);
        orders = List.copyOf(orders);
        members = List.copyOf(members);
        documents = List.copyOf(documents);
        agencies = List.copyOf(agencies);
        interactions = List.copyOf(interactions);
    }
}
