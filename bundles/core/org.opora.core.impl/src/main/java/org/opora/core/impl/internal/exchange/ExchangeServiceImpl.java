package org.opora.core.impl.internal.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.exchange.ExchangeService;
import org.opora.core.api.exchange.ImportIssue;
import org.opora.core.api.exchange.ImportKind;
import org.opora.core.api.exchange.ImportPreview;
import org.opora.core.api.exchange.ImportRejectedException;
import org.opora.core.api.pupil.PupilQuery;
import org.opora.core.api.pupil.RepresentativeDraft;
import org.opora.core.impl.internal.config.CoreLists;
import org.opora.core.impl.internal.config.CoreRules;
import org.opora.core.impl.internal.model.ClassEntity;
import org.opora.core.impl.internal.model.PlacementEntity;
import org.opora.core.impl.internal.model.PupilEntity;
import org.opora.core.impl.internal.model.RepresentativeEntity;
import org.opora.core.impl.internal.model.StaffEntity;
import org.opora.core.impl.internal.support.CoreDatabase;
import org.opora.core.impl.internal.support.Guard;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditEvent;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.i18n.Translator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Import of pupils and staff, all rows or none: the file is checked again inside the transaction that stores it,
 * so what the preview showed is what is stored. Export of the pupil list to XLSX.
 */
@Component
public class ExchangeServiceImpl implements ExchangeService {

    private final CoreDatabase db;
    private final Guard guard;
    private final CoreRules rules;
    private final CoreLists lists;
    private final AuditService audit;
    private final Translator translator;
    private final ImportVocabulary vocabulary;

    @Activate
    public ExchangeServiceImpl(@Reference CoreDatabase db, @Reference Guard guard, @Reference CoreRules rules,
            @Reference CoreLists lists, @Reference AuditService audit, @Reference Translator translator) {
        this.db = db;
        this.guard = guard;
        this.rules = rules;
        this.lists = lists;
        this.audit = audit;
        this.translator = translator;
        this.vocabulary = ImportVocabulary.load(getClass().getClassLoader(), "i18n/messages");
    }

    @Override
    public ImportPreview preview(ImportKind kind, String fileName, byte[] content) {
        requireMayImport(kind);
        return db.read(em -> check(em, kind, fileName, content).preview());
    }

    @Override
    public int importFile(ImportKind kind, String fileName, byte[] content) {
        requireMayImport(kind);
        int created = db.write(em -> {
            Checked checked = check(em, kind, fileName, content);
            if (!checked.preview().acceptable()) {
                List<ImportIssue> issues = checked.preview().issues();
                throw new ImportRejectedException(issues.isEmpty()
                        ? List.of(ImportIssue.of(0, "", "core.import.file.noRows")) : issues);
            }
            return kind == ImportKind.PUPILS ? storePupils(em, checked.pupils()) : storeStaff(em, checked.staff());
        }, audit, r -> new AuditEvent(AuditAction.CREATE, kind == ImportKind.PUPILS ? "pupil" : "staff", "",
                "import of " + r + " records"));
        return created;
    }

    /** A checked file: the preview and the rows ready to store. */
    private record Checked(ImportPreview preview, List<PupilRow> pupils, List<StaffRow> staff) {
    }

    private Checked check(EntityManager em, ImportKind kind, String fileName, byte[] content) {
        Table table;
        try {
            table = new TableReader().read(fileName, content);
        } catch (TableFormatException e) {
            ImportIssue issue = new ImportIssue(0, "", e.messageKey(),
                    java.util.Arrays.stream(e.params()).map(String::valueOf).toList());
            return new Checked(new ImportPreview(kind, List.of(), List.of(), List.of(issue), List.of()), List.of(),
                    List.of());
        }
        DatabaseImportContext context = new DatabaseImportContext(em, db.currentYear(em), db.today(), rules, lists);
        if (kind == ImportKind.PUPILS) {
            ParsedRows<PupilRow> parsed = new PupilRows(context, vocabulary).parse(table);
            return new Checked(preview(kind, table, parsed), parsed.rows(), List.of());
        }
        ParsedRows<StaffRow> parsed = new StaffRows(context, vocabulary).parse(table);
        return new Checked(preview(kind, table, parsed), List.of(), parsed.rows());
    }

    private static ImportPreview preview(ImportKind kind, Table table, ParsedRows<?> parsed) {
        return new ImportPreview(kind, table.header(), table.rows(), parsed.issues(), parsed.notes());
    }

    private int storePupils(EntityManager em, List<PupilRow> rows) {
        AcademicYear year = db.currentYear(em);
        Map<String, ClassEntity> classes = new HashMap<>();
        em.createQuery("select c from ClassEntity c where c.year = :y", ClassEntity.class)
                .setParameter("y", year.startYear()).getResultList().forEach(c -> classes.put(c.name(), c));
        List<PupilEntity> created = new ArrayList<>();
        for (PupilRow row : rows) {
            ClassEntity klass = classes.computeIfAbsent(row.klass().grade() + row.klass().letter(), name -> {
                ClassEntity c = new ClassEntity(year, row.klass().grade(), row.klass().letter(), null);
                em.persist(c);
                return c;
            });
            PupilEntity p = new PupilEntity();
            p.update(row.name(), row.birthDate(), row.sex());
            em.persist(p);
            em.persist(new PlacementEntity(p, klass));
            created.add(p);
        }
        em.flush();
        for (int i = 0; i < rows.size(); i++) {
            for (RepresentativeDraft r : rows.get(i).representatives()) {
                em.persist(new RepresentativeEntity(created.get(i).getId(), r));
            }
        }
        return created.size();
    }

    private static int storeStaff(EntityManager em, List<StaffRow> rows) {
        for (StaffRow row : rows) {
            StaffEntity s = new StaffEntity();
            s.apply(row.draft());
            em.persist(s);
        }
        return rows.size();
    }

    /**
     * Importing needs {@link CorePermissions#EXCHANGE}; pupils also {@link CorePermissions#PUPIL_READ_ALL}, as their
     * export does: the preview shows the file's pupils beside the school's (duplicates), so who imports them reads
     * them, and an import nobody could read back afterwards would make no sense.
     */
    private void requireMayImport(ImportKind kind) {
        guard.require(CorePermissions.EXCHANGE);
        if (kind == ImportKind.PUPILS) {
            guard.require(CorePermissions.PUPIL_READ_ALL);
        }
    }

    @Override
    public byte[] exportPupils(PupilQuery query, Locale locale) {
        guard.require(CorePermissions.EXCHANGE);
        guard.require(CorePermissions.PUPIL_READ_ALL);
        PupilExport export = new PupilExport(translator, lists, locale);
        byte[] workbook = db.read(em -> export.write(em, db.currentYear(em), query));
        audit.record(new AuditEvent(AuditAction.EXPORT, "pupil", "", "pupil list to XLSX"));
        return workbook;
    }
}
