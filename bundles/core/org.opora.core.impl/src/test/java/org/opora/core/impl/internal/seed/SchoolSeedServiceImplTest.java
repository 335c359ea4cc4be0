package org.opora.core.impl.internal.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.PersonName;
import org.opora.core.api.School;
import org.opora.core.api.Sex;
import org.opora.core.api.agency.AgencyDraft;
import org.opora.core.api.document.DocumentQuery;
import org.opora.core.api.pupil.PupilQuery;
import org.opora.core.api.pupil.RepresentativeDraft;
import org.opora.core.api.seed.SchoolSeed;
import org.opora.core.api.seed.SeedClass;
import org.opora.core.api.seed.SeedDocument;
import org.opora.core.api.seed.SeedFlag;
import org.opora.core.api.seed.SeedHead;
import org.opora.core.api.seed.SeedInteraction;
import org.opora.core.api.seed.SeedMember;
import org.opora.core.api.seed.SeedPupil;
import org.opora.core.api.seed.SeedStaff;
import org.opora.core.api.staff.OrderDraft;
import org.opora.core.api.staff.StaffDraft;
import org.opora.core.api.staff.StaffQuery;
import org.opora.core.impl.internal.support.CoreServiceTestSupport;
import org.opora.platform.api.audit.AuditAction;

class SchoolSeedServiceImplTest extends CoreServiceTestSupport {

    private final LocalDate day = LocalDate.now().minusMonths(3);

    private SchoolSeed seed(String classOfPupil) {
        List<SeedStaff> people = List.of(
                new SeedStaff("director", new StaffDraft(new PersonName("Sokolova", "Irina", ""), "Director",
                        List.of(), "sokolova", "", "")),
                new SeedStaff("head", new StaffDraft(new PersonName("Belova", "Olga", ""), "Psychologist",
                        List.of("psychologist"), "belova", "", "")));
        SeedPupil pupil = new SeedPupil(new PersonName("Ivanov", "Ivan", ""), LocalDate.now().minusYears(11), Sex.MALE,
                classOfPupil, List.of(new RepresentativeDraft("Ivanova Maria", "mother", "", "")),
                List.of(new SeedFlag("ovz", day, "PMPK 12", null)));
        return new SchoolSeed("School No. 59", "59", "Moscow", currentYear(), "director", people,
                List.of(new SeedClass(5, "A", "head")), List.of(pupil),
                List.of(new OrderDraft("45-o", day, "On the support service", "")), new SeedHead("head", "45-o", day),
                List.of(new SeedMember("consilium", "head", "chair", day, "45-o")),
                List.of(new SeedDocument("annual-plan", "Plan", "head", currentYear(), false, null, "", "plan.txt",
                        "text/plain", "plan".getBytes(StandardCharsets.UTF_8))),
                List.of(new AgencyDraft("health", "Clinic", "", "", "", "")),
                List.of(new SeedInteraction(day, "Clinic", 0, "Visit", "", "", null, "belova")), true);
    }

    @Test
    void anEmptyInstallationTakesAWholeSchoolInOneStepAndTheSeedIsAudited() {
        assertTrue(seeds.isEmpty());
        signIn("admin", CorePermissions.SCHOOL_MANAGE);

        School school = seeds.seed(seed("5A"));

        assertEquals("School No. 59", school.name());
        assertEquals("Sokolova I.", school.director(), "as printed on documents");
        assertTrue(this.school.isDemo());
        assertFalse(seeds.isEmpty());
        security.signOut();
        assertEquals(2, staff.count(StaffQuery.all()));
        assertEquals(1, pupils.count(new PupilQuery("", null, "ovz", false)));
        assertEquals("Belova", structure.headOfService(LocalDate.now()).orElseThrow().staffName().split(" ")[0]);
        assertEquals(1, structure.members("consilium", LocalDate.now()).size());
        assertEquals(1, documents.count(DocumentQuery.all()));
        assertEquals(1, agencies.countInteractions(null, null));
        audited("admin", AuditAction.CREATE, "school", 1);
        assertEquals("seeded (demo): 2 staff, 1 pupils", audit.entries().get(0).summary());
    }

    @Test
    void anInstallationWithDataIsNotSeeded() {
        staffMember("Orlova", "");
        refused("core.error.seed.notEmpty", () -> seeds.seed(seed("5A")));
        assertEquals(1, staff.count(StaffQuery.all()));
        assertFalse(school.isDemo());
    }

    @Test
    void aSeedReferringToWhatItLacksWritesNothing() {
        refused("core.error.seed.reference", () -> seeds.seed(seed("6B")));
        assertTrue(seeds.isEmpty());
        assertEquals(0, UNIT.rows("ORDER_REGISTER"));
        assertEquals(List.of(), audit.entries());
    }

    @Test
    void onlyWhoManagesTheSchoolSeedsIt() {
        signIn("deputy", CorePermissions.CLASS_MANAGE);
        denied(CorePermissions.SCHOOL_MANAGE, () -> seeds.seed(seed("5A")));
        assertTrue(seeds.isEmpty());
    }
}
