package org.opora.core.impl.internal.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.opora.core.api.ValidationException;
import org.opora.core.api.document.DestructionAct;
import org.opora.core.api.document.DestructionDraft;
import org.opora.core.api.document.DocumentRecord;
import org.opora.core.impl.internal.model.DestructionActEntity;
import org.opora.core.impl.internal.model.DocumentEntity;
import org.opora.core.impl.internal.model.DocumentFileEntity;
import org.opora.core.impl.internal.rules.DocumentRules;
import org.opora.core.impl.internal.support.CoreDatabase;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.Objections;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditEvent;
import org.opora.platform.api.audit.AuditService;

/**
 * The destruction of archived documents past their retention period (000 §6.1, the nomenclature of files): the
 * documents due, and an act that deletes their files and keeps them as its lines. The act, the deleted files and
 * the journal entry are one transaction: nothing is destroyed when any document of the list may not be.
 */
final class Destruction {

    static final String ACT = "document-destruction-act";

    /** The longest a member of the commission may be written: a full name and a post. */
    static final int MEMBER_LENGTH = 300;

    private final CoreDatabase db;
    private final AuditService audit;
    private final DocumentRules rules;
    private final String actor;

    Destruction(CoreDatabase db, AuditService audit, DocumentRules rules, String actor) {
        this.db = db;
        this.audit = audit;
        this.rules = rules;
        this.actor = actor;
    }

    List<DocumentRecord> due() {
        LocalDate today = db.today();
        return db.read(em -> em.createQuery("select d from DocumentEntity d where d.archivedOn is not null"
                + " and d.destroyedBy is null order by d.year, d.id", DocumentEntity.class).getResultList().stream()
                .filter(d -> rules.due(d.getType(), d.getYear(), today)).map(DocumentEntity::toRecord).toList());
    }

    /**
     * Records the act and destroys the files of its documents; refused with every objection at once (the number, the
     * day, the commission and each document of the list that may not be destroyed, by its title), nothing destroyed.
     */
    DestructionAct destroy(DestructionDraft draft) {
        LocalDate today = db.today();
        Objections o = new Objections();
        String number = o.value(() -> FieldChecks.required("number", draft.number(), 100));
        o.check(() -> FieldChecks.notFuture("date", draft.date(), today));
        String commission = o.value(() -> commission(draft.commission()));
        if (draft.documentIds().isEmpty()) {
            o.check(() -> {
                throw new ValidationException("documents", "core.error.destruction.none");
            });
        }
        List<Long> ids = List.copyOf(new LinkedHashSet<>(draft.documentIds()));
        return db.write(em -> {
            List<DocumentEntity> documents = new ArrayList<>();
            for (Long id : ids) {
                DocumentEntity d = em.find(DocumentEntity.class, id);
                if (d == null) {
                    o.check(() -> {
                        throw new ValidationException("documents", "core.error.destruction.unknown",
                                String.valueOf(id));
                    });
                } else {
                    o.check(() -> requireDue(d, today));
                    documents.add(d);
                }
            }
            o.refuseAny();
            DestructionActEntity act = new DestructionActEntity(number, draft.date(), commission,
                    db.clock().instant(), actor);
            em.persist(act);
            for (DocumentEntity d : documents) {
                d.destroy(act);
                DocumentFileEntity file = em.find(DocumentFileEntity.class, d.getId());
                if (file != null) {
                    em.remove(file);
                }
            }
            em.flush();
            return act.toRecord();
        }, audit, a -> new AuditEvent(AuditAction.DELETE, ACT, String.valueOf(a.id()), "act " + a.number()
                + " of " + a.date() + ", files destroyed of documents "
                + ids.stream().map(String::valueOf).collect(Collectors.joining(", "))));
    }

    /**
     * The commission as the act prints it, one member a part (split at semicolons and line breaks, as the printed
     * act's signature lines): required, at most 2000 characters, each member at most {@value #MEMBER_LENGTH}.
     */
    private static String commission(String text) {
        String commission = FieldChecks.required("commission", text, 2000);
        for (String member : commission.split("[;\\n]+")) {
            if (member.strip().length() > MEMBER_LENGTH) {
                throw new ValidationException("commission", "core.error.destruction.memberTooLong", MEMBER_LENGTH);
            }
        }
        return commission;
    }

    private void requireDue(DocumentEntity d, LocalDate today) {
        if (d.isDestroyed()) {
            throw new ValidationException("documents", "core.error.destruction.destroyed", d.getTitle());
        }
        if (d.getArchivedOn() == null) {
            throw new ValidationException("documents", "core.error.destruction.notArchived", d.getTitle());
        }
        if (!rules.due(d.getType(), d.getYear(), today)) {
            LocalDate until = rules.keptUntil(d.getType(), d.getYear());
            throw until == null
                    ? new ValidationException("documents", "core.error.destruction.permanent", d.getTitle())
                    : new ValidationException("documents", "core.error.destruction.kept", d.getTitle(), FieldChecks.day(until));
        }
    }

    List<DestructionAct> acts() {
        return db.read(em -> em.createQuery("select a from DestructionActEntity a order by a.date desc, a.id desc",
                DestructionActEntity.class).getResultList().stream().map(DestructionActEntity::toRecord).toList());
    }

    List<DocumentRecord> documents(long actId) {
        return db.read(em -> documentsOf(em, actId));
    }

    private static List<DocumentRecord> documentsOf(EntityManager em, long actId) {
        return em.createQuery("select d from DocumentEntity d where d.destroyedBy.id = :act order by d.id",
                DocumentEntity.class).setParameter("act", actId).getResultList().stream()
                .map(DocumentEntity::toRecord).toList();
    }
}
