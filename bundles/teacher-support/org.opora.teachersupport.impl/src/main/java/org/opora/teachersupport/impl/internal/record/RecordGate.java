package org.opora.teachersupport.impl.internal.record;

import java.util.function.Predicate;

import jakarta.persistence.EntityManager;

import org.opora.core.support.Caller;
import org.opora.core.support.ModuleDatabase;
import org.opora.core.support.ReadJournal;
import org.opora.platform.api.audit.AuditEvent;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.security.AccessDeniedException;
import org.opora.teachersupport.api.TeacherSupportPermissions;
import org.opora.teachersupport.impl.internal.config.SupportRules;
import org.opora.teachersupport.impl.internal.model.SupportRecordEntity;
import org.opora.teachersupport.impl.internal.support.Guard;
import org.opora.teachersupport.impl.internal.support.People;
import org.opora.teachersupport.impl.internal.support.SupportDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The gate every teacher-support service passes for a record: the caller, the record, what the caller may do with it
 * ({@link RecordAccess}) and the journal of reads and refused attempts. A refusal is journaled before it is thrown,
 * so that the journal shows who tried to open a record they may not read.
 */
@Component(service = RecordGate.class)
public class RecordGate {

    /** The record type of a support record in the journal. */
    public static final String RECORD = "teachersupport.record";

    private final SupportDatabase db;
    private final Guard guard;
    private final People people;
    private final SupportRules rules;
    private final AuditService audit;
    private final ReadJournal reads;

    @Activate
    public RecordGate(@Reference SupportDatabase db, @Reference Guard guard, @Reference People people,
            @Reference SupportRules rules, @Reference AuditService audit) {
        this.db = db;
        this.guard = guard;
        this.people = people;
        this.rules = rules;
        this.audit = audit;
        this.reads = new ReadJournal(audit, RECORD);
    }

    public SupportDatabase db() {
        return db;
    }

    public People people() {
        return people;
    }

    public SupportRules rules() {
        return rules;
    }

    public AuditService audit() {
        return audit;
    }

    /** The caller, who must hold the permission to open the teacher-support views. */
    public Caller caller() {
        guard.require(TeacherSupportPermissions.ACCESS);
        return people.who();
    }

    /** The caller, who must hold the permission (and the access). */
    public Caller caller(String permission) {
        guard.require(TeacherSupportPermissions.ACCESS);
        guard.require(permission);
        return people.who();
    }

    public SupportRecordEntity find(EntityManager em, long recordId) {
        return ModuleDatabase.find(em, SupportRecordEntity.class, recordId, RECORD);
    }

    /** What the caller may do with the record; the approver of the conclusion reads it once it is signed. */
    public RecordAccess access(Caller who, SupportRecordEntity r) {
        return RecordAccess.of(who, r.getTeacherId(), r.getLeadId(), r.participantIdList(),
                rules.teacherReadsOwnRecord()).approving(r.getSignedOn() != null && approves(who));
    }

    /** Whether the caller holds the role that approves the general conclusions (the system holds every role). */
    public boolean approves(Caller who) {
        return who.isSystem() || who.user().hasRole(rules.conclusionApprovalChain().approver().role());
    }

    /** The record, if the caller may read it; a refusal is journaled and thrown. */
    public SupportRecordEntity requireRead(EntityManager em, Caller who, long recordId) {
        return require(em, who, recordId, RecordAccess::canRead, "read", TeacherSupportPermissions.READ_ALL);
    }

    /** The record, if the caller keeps it (the administration, the lead). */
    public SupportRecordEntity requireKeep(EntityManager em, Caller who, long recordId) {
        return require(em, who, recordId, RecordAccess::canKeep, "keep", TeacherSupportPermissions.MANAGE);
    }

    /** The record, if the caller records work on it (keepers and participants). */
    public SupportRecordEntity requireWork(EntityManager em, Caller who, long recordId) {
        return require(em, who, recordId, RecordAccess::canWork, "work", TeacherSupportPermissions.WORK);
    }

    private SupportRecordEntity require(EntityManager em, Caller who, long recordId, Predicate<RecordAccess> allowed,
            String attempt, String permission) {
        SupportRecordEntity r = find(em, recordId);
        if (!allowed.test(access(who, r))) {
            throw refused(recordId, attempt, permission);
        }
        return r;
    }

    /** Journals the refused attempt and returns the exception to throw. */
    public AccessDeniedException refused(long recordId, String attempt, String permission) {
        audit.record(AuditEvent.refused(RECORD, recordId, attempt));
        return new AccessDeniedException(permission);
    }

    /**
     * Journals a read of the record. The reads one person makes of one record within {@link ReadJournal#WINDOW}
     * (opening the record's page reads its header, diagnosis, route, help … one after the other) are one entry.
     */
    public void read(long recordId) {
        reads.read(people.login(), recordId, db.now());
    }
}
