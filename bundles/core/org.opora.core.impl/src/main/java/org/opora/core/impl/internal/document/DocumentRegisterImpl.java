package org.opora.core.impl.internal.document;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.opora.core.api.CorePermissions;
import org.opora.core.api.ReferenceList;
import org.opora.core.api.ValidationException;
import org.opora.core.api.document.Attachment;
import org.opora.core.api.document.AttachmentCheck;
import org.opora.core.api.document.DocumentDraft;
import org.opora.core.api.document.DocumentQuery;
import org.opora.core.api.document.DocumentRecord;
import org.opora.core.api.document.DocumentRegister;
import org.opora.core.impl.internal.config.CoreLists;
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
import org.opora.platform.persistence.QueryFilter;
import org.opora.core.impl.internal.model.Names;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.RecordWriter;
import org.opora.core.support.WorkDirections;
import org.opora.core.impl.internal.rules.DocumentDirections;

/**
 * The register of the service's documents (000 §5) with their files in the database. Files are checked by the
 * published {@link AttachmentCheck}, the same check every module uses.
 */
@Component
public class DocumentRegisterImpl implements DocumentRegister {

    private static final String RECORD = "document";

    private final CoreDatabase db;
    private final Guard guard;
    private final CoreLists lists;
    private final AttachmentCheck files;
    private final AuditService audit;
    private final RecordWriter<DocumentEntity> documents;

    @Activate
    public DocumentRegisterImpl(@Reference CoreDatabase db, @Reference Guard guard, @Reference CoreLists lists,
            @Reference AttachmentCheck files, @Reference AuditService audit) {
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
        return db.read(em -> query(em, "select d from DocumentEntity d", " order by d.year desc, d.id desc", query,
                DocumentEntity.class).setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(DocumentEntity::toRecord).toList());
    }

    @Override
    public int count(DocumentQuery query) {
        guard.require(CorePermissions.DOCUMENT_READ);
        return db.read(em -> query(em, "select count(d) from DocumentEntity d", "", query, Long.class)
                .getSingleResult().intValue());
    }

    private static <T> TypedQuery<T> query(EntityManager em, String select, String order, DocumentQuery q,
            Class<T> type) {
        return new QueryFilter().words(Names.normalise(q.text()), "upper(d.title)")
                .andIf(q.type(), "d.type = :type", "type")
                .andIf(q.authorId(), "d.author.id = :author", "author")
                .andIf(q.year() == null ? null : q.year().startYear(), "d.year = :year", "year")
                .query(em, select, order, type);
    }

    @Override
    public DocumentRecord get(long documentId) {
        guard.require(CorePermissions.DOCUMENT_READ);
        return db.read(em -> documents.find(em, documentId).toRecord());
    }

    @Override
    public DocumentRecord add(DocumentDraft draft, Attachment file) {
        guard.require(CorePermissions.DOCUMENT_EDIT);
        String direction = check(draft);
        Attachment checked = files.check(file);
        DocumentRecord added = db.write(em -> {
            DocumentEntity d = new DocumentEntity(db.clock().instant(), guard.actor());
            d.describe(draft.type(), draft.title(), author(em, draft.authorId()), draft.year());
            d.direction(direction);
            d.file(checked.fileName(), checked.contentType(), checked.content().length);
            em.persist(d);
            em.flush();
            em.persist(new DocumentFileEntity(d.getId(), checked.content()));
            return d.toRecord();
        }, audit, r -> new AuditEvent(AuditAction.CREATE, RECORD, String.valueOf(r.id()), r.type()));
        return added;
    }

    @Override
    public DocumentRecord update(long documentId, long version, DocumentDraft draft) {
        guard.require(CorePermissions.DOCUMENT_EDIT);
        String direction = check(draft);
        return documents.update(documentId, version,
                (em, d) -> {
                    d.describe(draft.type(), draft.title(), author(em, draft.authorId()), draft.year());
                    d.direction(direction);
                },
                DocumentEntity::toRecord);
    }

    @Override
    public DocumentRecord replaceFile(long documentId, long version, Attachment file) {
        guard.require(CorePermissions.DOCUMENT_EDIT);
        Attachment checked = files.check(file);
        return documents.update(documentId, version, (em, d) -> {
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
            DocumentEntity d = documents.find(em, documentId);
            DocumentFileEntity f = CoreDatabase.find(em, DocumentFileEntity.class, documentId, RECORD);
            return new Attachment(d.getFileName(), d.getContentType(), f.getContent());
        });
        audit.record(AuditEvent.read(RECORD, documentId));
        return file;
    }

    /** Checks the draft; returns its direction of work, the one given or the one its type gives. */
    private String check(DocumentDraft d) {
        if (d == null) {
            throw new ValidationException("", "core.error.required");
        }
        if (!lists.contains(ReferenceList.DOCUMENT_TYPES, d.type())) {
            throw new ValidationException("type", "core.error.notInList");
        }
        FieldChecks.required("title", d.title(), 500);
        FieldChecks.present("year", d.year());
        return WorkDirections.check("direction", d.direction().isEmpty() ? DocumentDirections.byType(d.type())
                : d.direction(), lists, true);
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
