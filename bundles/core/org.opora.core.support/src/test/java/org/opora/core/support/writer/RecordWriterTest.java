package org.opora.core.support.writer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opora.core.api.ConflictException;
import org.opora.core.api.NotFoundException;
import org.opora.core.api.ValidationException;
import org.opora.core.support.ModuleDatabase;
import org.opora.core.support.RecordWriter;
import org.opora.core.support.writer.NoteEntity.Note;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.testing.FakeSecurityContext;
import org.opora.platform.testing.InMemoryUnit;
import org.opora.platform.testing.RecordingAudit;

/**
 * The write-and-journal shape on a real unit (in-memory Derby, the id and version columns of the platform's mapped
 * superclass): what is stored, what is journaled, and that a refused or stale change leaves neither.
 */
class RecordWriterTest {

    @RegisterExtension
    static final InMemoryUnit UNIT = new InMemoryUnit("opora-support-test");

    private final FakeSecurityContext security = new FakeSecurityContext();
    private final RecordingAudit audit = new RecordingAudit(security);
    private final ModuleDatabase db = new Database(UNIT.emf());
    private final RecordWriter<NoteEntity> notes = new RecordWriter<>(db, audit, NoteEntity.class, "test.note");

    @Test
    void aNewRecordIsStoredWithItsIdAndVersionAndJournaledWithItsSummary() {
        Note note = notes.create(em -> new NoteEntity("first"), NoteEntity::toRecord, Note::text);

        assertEquals(1, UNIT.rows("NOTE"));
        assertEquals("first", note.text());
        assertEquals(1, note.version());
        RecordingAudit.Entry entry = audit.last();
        assertEquals(AuditAction.CREATE, entry.action());
        assertEquals("test.note", entry.recordType());
        assertEquals(String.valueOf(note.id()), entry.recordId());
        assertEquals("first", entry.summary());
    }

    @Test
    void aChangeOfTheCopyTheCallerReadIsStoredAndJournaled() {
        Note note = notes.create(em -> new NoteEntity("first"), NoteEntity::toRecord);

        Note changed = notes.update(note.id(), note.version(), (em, n) -> n.setText("second"), NoteEntity::toRecord);

        assertEquals("second", changed.text());
        assertEquals(note.version() + 1, changed.version());
        assertEquals("second", db.read(em -> notes.find(em, note.id()).getText()));
        assertEquals(List.of(AuditAction.CREATE, AuditAction.UPDATE),
                audit.entries().stream().map(RecordingAudit.Entry::action).toList());
        assertEquals(String.valueOf(note.id()), audit.last().recordId());
    }

    @Test
    void aChangeOfAStaleCopyIsRefusedAndNeitherStoredNorJournaled() {
        Note note = notes.create(em -> new NoteEntity("first"), NoteEntity::toRecord);
        notes.update(note.id(), note.version(), (em, n) -> n.setText("by someone else"), NoteEntity::toRecord);
        audit.clear();

        assertThrows(ConflictException.class, () -> notes.update(note.id(), note.version(),
                (em, n) -> n.setText("mine"), NoteEntity::toRecord));

        assertEquals("by someone else", db.read(em -> notes.find(em, note.id()).getText()));
        assertEquals(List.of(), audit.entries());
    }

    @Test
    void aRecordThatIsGoneIsNotFoundByItsType() {
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> notes.update(404, 1, (em, n) -> n.setText("x"), NoteEntity::toRecord));
        assertArrayEquals(new Object[] { "test.note", "404" }, e.params());
        assertEquals(List.of(), audit.entries());
    }

    @Test
    void aRuleRefusedInsideTheWriteLeavesNothingStoredAndNothingJournaled() {
        assertThrows(ValidationException.class, () -> notes.create(em -> {
            em.persist(new NoteEntity("written before the refusal"));
            throw new ValidationException("text", "core.error.required");
        }, NoteEntity::toRecord));
        Note note = notes.create(em -> new NoteEntity("kept"), NoteEntity::toRecord);
        audit.clear();

        assertThrows(ValidationException.class, () -> notes.update(note.id(), note.version(), (em, n) -> {
            n.setText("half");
            throw new ValidationException("text", "core.error.required");
        }, NoteEntity::toRecord));

        assertEquals(1, UNIT.rows("NOTE"));
        assertEquals("kept", db.read(em -> notes.find(em, note.id()).getText()));
        assertEquals(List.of(), audit.entries());
    }

    private static final class Database extends ModuleDatabase {
        Database(EntityManagerFactory emf) {
            super(emf);
        }
    }
}
