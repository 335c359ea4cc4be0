package org.opora.core.impl.internal.document;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ValidationException;
import org.opora.core.api.document.Attachment;
import org.opora.core.api.document.AttachmentCheck;
import org.opora.core.api.document.DestructionAct;
import org.opora.core.api.document.DestructionDraft;
import org.opora.core.api.document.DocumentDraft;
import org.opora.core.api.document.DocumentQuery;
import org.opora.core.api.document.DocumentRecord;
import org.opora.core.api.document.DocumentRegister;
import org.opora.core.impl.internal.config.CoreLists;
import org.opora.core.impl.internal.config.CoreRules;
import org.opora.core.impl.internal.model.PupilEntity;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.core.impl.internal.model.DocumentEntity;
import org.opora.core.impl.internal.model.DocumentFileEntity;
import org.opora.core.impl.internal.model.StaffEntity;
import org.opora.core.impl.internal.support.CoreDatabase;
import org.opora.core.impl.internal.support.Guard;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditEvent;
import org.opora.platform.api.audit.AuditService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.opora.core.api.pupil.PupilTie;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.persistence.QueryFilter;
import org.opora.core.impl.internal.model.Names;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.Objections;
import org.opora.core.support.RecordWriter;
import org.opora.core.support.WorkDirections;
import org.opora.core.impl.internal.rules.DocumentDirections;

/**
 * The register of the service's documents (000 §5) with their files in the database. Files are checked by the
 * published {@link AttachmentCheck}, the same check every module uses. Confidential documents and documents about a
 * pupil are read as {@link DocumentAccess} decides; destruction past the retention period is {@link Destruction}.
 */
@Component
public class DocumentRegisterImpl implements DocumentRegister {

    private static final String RECORD = "document";
    private static final Logger LOG = LoggerFactory.getLogger(DocumentRegisterImpl.class);

    private final CoreDatabase db;
    private final Guard guard;
    private final CoreLists lists;
    private final AttachmentCheck files;
    private final AuditService audit;
    private final RecordWriter<DocumentEntity> documents;
    private final CoreRules rules;
    private final Set<PupilTie> ties = ConcurrentHashMap.newKeySet();

    @Activate
    public DocumentRegisterImpl(@Reference CoreDatabase db, @Reference Guard guard, @Reference CoreLists lists,
            @Reference AttachmentCheck files, @Reference AuditService audit, @Reference CoreRules rules) {
        this.rules = rules;
        this.db = db;
        this.guard = guard;
        this.lists = lists;
        this.files = files;
        this.audit = audit;
        this.documents = new RecordWriter<>(db, audit, DocumentEntity.class, RECORD);
    }

    @Override
    public List<DocumentRecord> find(DocumentQuery query, int offset, int limit) {
        guard.require(CorePermissions.DOCUMENT_READ);
        DocumentAccess access = access();
        return db.read(em -> query(em, "select d from DocumentEntity d", " order by d.year desc, d.id desc", query,
                DocumentEntity.class, access).setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(DocumentEntity::toRecord).toList());
    }

    @Override
    public int count(DocumentQuery query) {
        guard.require(CorePermissions.DOCUMENT_READ);
        DocumentAccess access = access();
        return db.read(em -> query(em, "select count(d) from DocumentEntity d", "", query, Long.class, access)
                .getSingleResult().intValue());
    }

    private static <T> TypedQuery<T> query(EntityManager em, String select, String order, DocumentQuery q,
            Class<T> type, DocumentAccess access) {
        QueryFilter filter = new QueryFilter().words(Names.normalise(q.text()), "upper(d.title)")
                .andIf(q.type(), "d.type = :type", "type")
                .andIf(q.authorId(), "d.author.id = :author", "author")
                .andIf(q.year() == null ? null : q.year().startYear(), "d.year = :year", "year")
                .andIf(q.pupilId(), "d.pupil.id = :pupil", "pupil");
        access.conditions().forEach(filter::and);
        return access.bind(filter.query(em, select, order, type));
    }

    private DocumentAccess access() {
        return DocumentAccess.of(guard, rules.documents(), this::tiedPupils);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addTie(PupilTie tie) {
        ties.add(tie);
    }

    void removeTie(PupilTie tie) {
        ties.remove(tie);
    }

    /**
     * The pupils the caller works with through the installed modules' records; a module whose tie fails is logged and
     * left out (its pupils' documents stay with their authors), so that one module does not close the register.
     */
    private Set<Long> tiedPupils() {
        Optional<String> login = guard.user().map(OporaUser::username);
        if (login.isEmpty() || ties.isEmpty()) {
            return Set.of();
        }
        List<Long> staff = db.read(em -> em.createQuery("select s.id from StaffEntity s where s.username = :login",
                Long.class).setParameter("login", login.get()).getResultList());
        if (staff.isEmpty()) {
            return Set.of();
        }
        Set<Long> pupils = new HashSet<>();
        for (PupilTie tie : ties) {
            try {
                pupils.addAll(tie.pupils(staff.get(0), login.get()));
            } catch (RuntimeException e) {
                LOG.error("The pupils tied to {} by {} could not be read", login.get(), tie.getClass().getName(), e);
            }
        }
        return pupils;
    }

    @Override
    public DocumentRecord get(long documentId) {
        guard.require(CorePermissions.DOCUMENT_READ);
        return db.read(em -> readable(em, documentId).toRecord());
    }

    /** The document if the caller may read it; a refusal is journaled (in the journal's own transaction). */
    private DocumentEntity readable(EntityManager em, long documentId) {
        DocumentEntity d = documents.find(em, documentId);
        if (!reads(d)) {
            audit.record(AuditEvent.refused(RECORD, documentId, "read"));
            throw new AccessDeniedException(CorePermissions.DOCUMENT_CONFIDENTIAL);
        }
        return d;
    }

    private boolean reads(DocumentEntity d) {
        DocumentRecord r = d.toRecord();
        return access().reads(r.type(), r.pupilId(), r.addedBy(), d.authorLogin());
    }

    @Override
    public boolean canRead(DocumentRecord document) {
        if (!guard.allows(CorePermissions.DOCUMENT_READ)) {
            return false;
        }
        return db.read(em -> {
            DocumentEntity d = em.find(DocumentEntity.class, document.id());
            return d != null && reads(d);
        });
    }

    @Override
    public DocumentRecord add(DocumentDraft draft, Attachment file) {
        guard.require(CorePermissions.DOCUMENT_EDIT);
        Checked checked = check(draft, () -> files.check(file));
        String direction = checked.direction();
        DocumentRecord added = db.write(em -> {
            DocumentEntity d = new DocumentEntity(db.clock().instant(), guard.actor());
            d.describe(draft.type(), draft.title(), author(em, draft.authorId()), draft.year());
            d.about(pupil(em, draft.pupilId()));
            d.direction(direction);
            Attachment stored = checked.file();
            d.file(stored.fileName(), stored.contentType(), stored.content().length);
            em.persist(d);
            em.flush();
            em.persist(new DocumentFileEntity(d.getId(), stored.content()));
            return d.toRecord();
        }, audit, r -> new AuditEvent(AuditAction.CREATE, RECORD, String.valueOf(r.id()), r.type()));
        return added;
    }

    @Override
    public DocumentRecord update(long documentId, long version, DocumentDraft draft) {
        guard.require(CorePermissions.DOCUMENT_EDIT);
        String direction = check(draft, () -> null).direction();
        return documents.update(documentId, version, (em, d) -> {
            requireWritable(em, d);
            d.describe(draft.type(), draft.title(), author(em, draft.authorId()), draft.year());
            d.about(pupil(em, draft.pupilId()));
            d.direction(direction);
        }, DocumentEntity::toRecord);
    }

    @Override
    public DocumentRecord replaceFile(long documentId, long version, Attachment file) {
        guard.require(CorePermissions.DOCUMENT_EDIT);
        Attachment checked = files.check(file);
        return documents.update(documentId, version, (em, d) -> {
            requireWritable(em, d);
            if (d.isApproved()) {
                throw new ValidationException("file", "core.error.document.approved");
            }
            d.file(checked.fileName(), checked.contentType(), checked.content().length);
            em.find(DocumentFileEntity.class, documentId).setContent(checked.content());
        }, DocumentEntity::toRecord, r -> "file replaced");
    }

    @Override
    public DocumentRecord approve(long documentId, long version, String approvedBy, LocalDate on) {
        guard.require(CorePermissions.DOCUMENT_APPROVE);
        String by = FieldChecks.required("approvedBy", approvedBy, 300);
        FieldChecks.notFuture("approvedOn", on, db.today());
        return documents.update(documentId, version, (em, d) -> {
            if (d.isApproved()) {
                throw new ValidationException("", "core.error.document.approved");
            }
            d.approve(by, on);
        }, DocumentEntity::toRecord, r -> "approved");
    }

    @Override
    public Attachment file(long documentId) {
        guard.require(CorePermissions.DOCUMENT_READ);
        Attachment file = db.read(em -> {
            DocumentEntity d = readable(em, documentId);
            if (d.isDestroyed()) {
                throw new ValidationException("", "core.error.document.destroyed");
            }
            DocumentFileEntity f = CoreDatabase.find(em, DocumentFileEntity.class, documentId, RECORD);
            return new Attachment(d.getFileName(), d.getContentType(), f.getContent());
        });
        audit.record(AuditEvent.read(RECORD, documentId));
        return file;
    }

    @Override
    public void withdraw(long documentId) {
        guard.require(CorePermissions.DOCUMENT_EDIT);
        String actor = guard.actor();
        Instant since = db.now().minus(Duration.ofMinutes(WITHDRAW_MINUTES));
        db.run(em -> {
            DocumentEntity d = documents.find(em, documentId);
            DocumentRecord r = d.toRecord();
            if (!actor.equals(r.addedBy()) || r.addedAt().isBefore(since) || d.isApproved()
                    || d.getArchivedOn() != null || d.isDestroyed()) {
                throw new ValidationException("", "core.error.document.withdraw");
            }
            DocumentFileEntity file = em.find(DocumentFileEntity.class, documentId);
            if (file != null) {
                em.remove(file);
                em.flush();
            }
            em.remove(d);
        }, audit, new AuditEvent(AuditAction.DELETE, RECORD, String.valueOf(documentId), "withdrawn"));
    }

    /** Who may not read a document may not change it either; a destroyed document no longer changes. */
    private void requireWritable(EntityManager em, DocumentEntity d) {
        if (!reads(d)) {
            throw new AccessDeniedException(CorePermissions.DOCUMENT_CONFIDENTIAL);
        }
        if (d.isDestroyed()) {
            throw new ValidationException("", "core.error.document.destroyed");
        }
    }

    @Override
    public DocumentRecord archive(long documentId, long version, boolean archived) {
        guard.require(CorePermissions.DOCUMENT_EDIT);
        LocalDate today = db.today();
        return documents.update(documentId, version, (em, d) -> {
            requireWritable(em, d);
            d.archive(archived ? today : null);
        }, DocumentEntity::toRecord, r -> archived ? "archived" : "restored from the archive");
    }

    @Override
    public LocalDate keptUntil(DocumentRecord document) {
        return rules.documents().keptUntil(document.type(), document.year());
    }

    @Override
    public List<DocumentRecord> dueForDestruction() {
        guard.require(CorePermissions.DOCUMENT_DESTROY);
        return destruction().due();
    }

    @Override
    public DestructionAct destroy(DestructionDraft act) {
        guard.require(CorePermissions.DOCUMENT_DESTROY);
        return destruction().destroy(act);
    }

    @Override
    public List<DestructionAct> acts() {
        guard.require(CorePermissions.DOCUMENT_DESTROY);
        return destruction().acts();
    }

    @Override
    public List<DocumentRecord> destroyedBy(long actId) {
        guard.require(CorePermissions.DOCUMENT_DESTROY);
        return destruction().documents(actId);
    }

    private Destruction destruction() {
        return new Destruction(db, audit, rules.documents(), guard.actor());
    }

    /** A checked draft's direction of work (the one given or the one its type gives) and its checked file. */
    private record Checked(String direction, Attachment file) {
    }

    /**
     * Checks the draft and its file ({@code file} gives it checked, or {@code null} when the file stays), refusing
     * with every objection at once: the type from the list, the title, the academic year within
     * {@value FieldChecks#RECORD_YEARS} years back and the next one, the author and the pupil known, the direction of
     * work, the file.
     */
    private Checked check(DocumentDraft d, Supplier<Attachment> file) {
        if (d == null) {
            throw new ValidationException("", "core.error.required");
        }
        Objections o = new Objections();
        o.check(() -> {
            if (!lists.contains(ReferenceList.DOCUMENT_TYPES, d.type())) {
                throw new ValidationException("type", "core.error.notInList");
            }
        });
        o.check(() -> FieldChecks.required("title", d.title(), 500));
        o.check(() -> year(d.year()));
        o.check(() -> db.read(em -> author(em, d.authorId())));
        o.check(() -> db.read(em -> pupil(em, d.pupilId())));
        String direction = o.value(() -> WorkDirections.check("direction", d.direction().isEmpty()
                ? DocumentDirections.byType(d.type()) : d.direction(), lists, true));
        Attachment checked = o.value(file);
        o.refuseAny();
        return new Checked(direction, checked);
    }

    /** The academic year of a document: from {@value FieldChecks#RECORD_YEARS} years back to the next one. */
    private void year(AcademicYear year) {
        FieldChecks.present("year", year);
        LocalDate today = db.today();
        AcademicYear first = AcademicYear.containing(FieldChecks.earliest(today));
        AcademicYear last = AcademicYear.containing(today).next();
        if (year.compareTo(first) < 0 || year.compareTo(last) > 0) {
            throw new ValidationException("year", "core.error.year.range", first.label(), last.label());
        }
    }

    private static PupilEntity pupil(EntityManager em, Long pupilId) {
        if (pupilId == null) {
            return null;
        }
        PupilEntity p = em.find(PupilEntity.class, pupilId);
        if (p == null) {
            throw new ValidationException("pupilId", "core.error.pupil.unknown");
        }
        return p;
    }

    private static StaffEntity author(EntityManager em, Long authorId) {
        if (authorId == null) {
            return null;
        }
        StaffEntity s = em.find(StaffEntity.class, authorId);
        if (s == null) {
            throw new ValidationException("authorId", "core.error.staff.unknown");
        }
        return s;
    }
}
