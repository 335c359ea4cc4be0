package org.opora.core.impl.internal.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.opora.core.impl.internal.exchange.ExchangeTestSupport.utf8;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.exchange.ImportKind;
import org.opora.core.api.exchange.ImportPreview;
import org.opora.core.api.exchange.ImportRejectedException;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilQuery;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.staff.StaffQuery;
import org.opora.core.impl.internal.support.CoreServiceTestSupport;
import org.opora.core.support.testing.MessagesTranslator;
import org.opora.platform.api.audit.AuditAction;

/**
 * The import and export service on the core's unit: all rows or none, the permission, the journal. The lists are
 * given by their codes: without the platform's translator they have no labels (the exchange's own tests match
 * labels in both languages).
 */
class ExchangeServiceImplTest extends CoreServiceTestSupport {

    private static final String PUPILS = String.join("\n",
            "Фамилия;Имя;Отчество;Дата рождения;Пол;Класс;Представитель;Степень родства;Телефон",
            "Иванов;Иван;Иванович;01.09.2015;М;5А;Иванова Мария Петровна;mother;+7 (921) 123-45-67",
            "Петрова;Анна;;02.03.2015;Ж;5 а;;;");

    private ExchangeServiceImpl exchange;

    @BeforeEach
    void wireExchange() {
        exchange = new ExchangeServiceImpl(db, guard, rules, lists, audit, new MessagesTranslator());
    }

    @Test
    void theFileIsPreviewedThenImportedWithItsClassesAndRepresentatives() {
        signIn("deputy", CorePermissions.EXCHANGE, CorePermissions.PUPIL_READ, CorePermissions.PUPIL_READ_ALL);

        ImportPreview preview = exchange.preview(ImportKind.PUPILS, "pupils.csv", utf8(PUPILS));
        assertTrue(preview.acceptable(), () -> preview.issues().toString());
        assertEquals(2, preview.rows().size());
        assertEquals(0, pupils.count(PupilQuery.all()), "a preview stores nothing");

        assertEquals(2, exchange.importFile(ImportKind.PUPILS, "pupils.csv", utf8(PUPILS)));
        audited("deputy", AuditAction.CREATE, "pupil", "");

        List<Pupil> imported = pupils.find(PupilQuery.all(), 0, 10);
        assertEquals(List.of("Иванов", "Петрова"), imported.stream().map(p -> p.name().surname()).sorted().toList());
        assertTrue(imported.stream().allMatch(p -> "5А".equals(p.className())), imported::toString);
        assertEquals(1, classes.classes(currentYear()).size(), "both rows go to one new class");
        Pupil ivanov = imported.stream().filter(p -> p.name().surname().equals("Иванов")).findFirst().orElseThrow();
        assertEquals("Иванова Мария Петровна", pupils.card(ivanov.id()).representatives().get(0).fullName());
    }

    @Test
    void oneBadRowImportsNothing() {
        signIn("deputy", CorePermissions.EXCHANGE, CorePermissions.PUPIL_READ, CorePermissions.PUPIL_READ_ALL);
        String withBadRow = PUPILS + "\nСидоров;Пётр;;31.02.2015;М;5А;;;";

        ImportPreview preview = exchange.preview(ImportKind.PUPILS, "pupils.csv", utf8(withBadRow));
        assertFalse(preview.acceptable());
        ImportRejectedException e = assertThrows(ImportRejectedException.class,
                () -> exchange.importFile(ImportKind.PUPILS, "pupils.csv", utf8(withBadRow)));

        assertEquals(preview.issues(), e.issues());
        assertEquals(4, e.issues().get(0).row());
        ExchangeTestSupport.assertMessages(e.issues());
        assertEquals(0, pupils.count(PupilQuery.all()));
        assertEquals(List.of(), classes.classes(currentYear()), "not even the class is created");
        assertTrue(audit.entries().isEmpty(), () -> audit.entries().toString());
    }

    @Test
    void aFileThatIsNoTableIsRefusedWithItsReason() {
        signIn("deputy", CorePermissions.EXCHANGE, CorePermissions.PUPIL_READ, CorePermissions.PUPIL_READ_ALL);

        ImportPreview preview = exchange.preview(ImportKind.PUPILS, "pupils.xlsx", utf8("no workbook"));

        assertFalse(preview.acceptable());
        ExchangeTestSupport.assertMessages(preview.issues());
        assertThrows(ImportRejectedException.class,
                () -> exchange.importFile(ImportKind.PUPILS, "pupils.xlsx", utf8("no workbook")));
        assertEquals(0, pupils.count(PupilQuery.all()));
    }

    @Test
    void pupilsAreImportedOnlyByWhoReadsEveryPupilStaffByWhoImports() {
        signIn("admin", CorePermissions.EXCHANGE, CorePermissions.STAFF_READ);
        assertThrows(org.opora.platform.api.security.AccessDeniedException.class,
                () -> exchange.preview(ImportKind.PUPILS, "pupils.csv", utf8(PUPILS)));
        assertThrows(org.opora.platform.api.security.AccessDeniedException.class,
                () -> exchange.importFile(ImportKind.PUPILS, "pupils.csv", utf8(PUPILS)));
        String file = "Фамилия;Имя;Отчество;Должность;Специализация;Логин\n"
                + "Смирнова;Елена;Викторовна;Педагог-психолог;psychologist;smirnova.ev\n";
        assertEquals(1, exchange.importFile(ImportKind.STAFF, "staff.csv", utf8(file)));
    }

    @Test
    void staffAreImportedWithTheirSpecialistTypes() {
        signIn("deputy", CorePermissions.EXCHANGE);
        String file = "Фамилия;Имя;Отчество;Должность;Специализация;Логин\n"
                + "Смирнова;Елена;Викторовна;Педагог-психолог;psychologist;smirnova.ev\n";

        assertEquals(1, exchange.importFile(ImportKind.STAFF, "staff.csv", utf8(file)));
        audited("deputy", AuditAction.CREATE, "staff", "");

        asSystem();
        List<StaffMember> all = staff.find(StaffQuery.all(), 0, 10);
        assertEquals(1, all.size());
        assertEquals(List.of("psychologist"), all.get(0).specialistTypes());
        assertEquals("smirnova.ev", all.get(0).username());
    }

    @Test
    void theExportIsAWorkbookOfTheListAndIsJournaled() {
        signIn("deputy", CorePermissions.EXCHANGE, CorePermissions.PUPIL_READ, CorePermissions.PUPIL_READ_ALL);
        exchange.importFile(ImportKind.PUPILS, "pupils.csv", utf8(PUPILS));

        byte[] workbook = exchange.exportPupils(PupilQuery.all(), Locale.forLanguageTag("ru"));

        Table table = new TableReader().read("pupils.xlsx", workbook);
        assertEquals(2, table.rows().size(), table::toString);
        assertTrue(table.rows().stream().anyMatch(r -> r.contains("Иванов")), table::toString);
        audited("deputy", AuditAction.EXPORT, "pupil", "");
    }

    @Test
    void withoutTheExchangePermissionNothingIsReadOrWritten() {
        signIn("teacher", CorePermissions.PUPIL_READ);

        denied(CorePermissions.EXCHANGE, () -> exchange.preview(ImportKind.PUPILS, "pupils.csv", utf8(PUPILS)));
        denied(CorePermissions.EXCHANGE, () -> exchange.importFile(ImportKind.PUPILS, "pupils.csv", utf8(PUPILS)));
        denied(CorePermissions.EXCHANGE, () -> exchange.exportPupils(PupilQuery.all(), Locale.ROOT));
        assertEquals(0, pupils.count(PupilQuery.all()));
    }
}
