package org.opora.core.api.seed;

import java.util.List;
import java.util.Objects;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.agency.AgencyDraft;
import org.opora.core.api.staff.OrderDraft;

/**
 * A whole school as plain data, for {@link SchoolSeedService#seed}. Records refer to each other by staff key
 * ({@link SeedStaff#key()}), class name ({@link SeedClass#name()}), order number ({@link OrderDraft#number()}),
 * agency name ({@link AgencyDraft#name()}) and pupil index (position in {@link #pupils()}).
 *
 * @param name         the school's name
 * @param number       the school's number
 * @param address      the school's address, may be empty
 * @param year         the current academic year; the classes belong to it
 * @param directorKey  the staff key of the director, or {@code null}
 * @param staff        staff members
 * @param classes      classes of {@code year}
 * @param pupils       pupils, each placed in one of the classes
 * @param orders       the director's orders
 * @param head         the appointment of the head of the support service, or {@code null}
 * @param members      members of the functional bodies
 * @param documents    documents of the register with their files
 * @param agencies     external agencies
 * @param interactions interactions with the agencies
 * @param demo         whether this is demonstration data; stored with the school, so that the demo modules
 *                     recognise the demo school by it
 */
public record SchoolSeed(String name, String number, String address, AcademicYear year, String directorKey,
        List<SeedStaff> staff, List<SeedClass> classes, List<SeedPupil> pupils, List<OrderDraft> orders,
        SeedHead head, List<SeedMember> members, List<SeedDocument> documents, List<AgencyDraft> agencies,
        List<SeedInteraction> interactions, boolean demo) {

    public SchoolSeed {
        Objects.requireNonNull(year, "year");
        name = name == null ? "" : name.strip();
        number = number == null ? "" : number.strip();
        address = address == null ? "" : address.strip();
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
