package org.opora.core.ui.internal;

import java.time.LocalDate;
import java.util.List;

import org.opora.core.api.document.Attachment;
import org.opora.core.api.document.DestructionAct;
import org.opora.core.api.document.DestructionDraft;
import org.opora.core.api.document.DocumentDraft;
import org.opora.core.api.document.DocumentQuery;
import org.opora.core.api.document.DocumentRecord;
import org.opora.core.api.document.DocumentRegister;
import org.opora.core.ui.testing.Unexpected;

/** A document register that fails the test on every call it does not override. */
public class FakeDocuments implements DocumentRegister {

    @Override
    public List<DocumentRecord> find(DocumentQuery query, int offset, int limit) {
        throw Unexpected.call("find");
    }

    @Override
    public int count(DocumentQuery query) {
        throw Unexpected.call("count");
    }

    @Override
    public DocumentRecord get(long documentId) {
        throw Unexpected.call("get");
    }

    @Override
    public DocumentRecord add(DocumentDraft draft, Attachment file) {
        throw Unexpected.call("add");
    }

    @Override
    public DocumentRecord update(long documentId, long version, DocumentDraft draft) {
        throw Unexpected.call("update");
    }

    @Override
    public DocumentRecord replaceFile(long documentId, long version, Attachment file) {
        throw Unexpected.call("replaceFile");
    }

    @Override
    public void withdraw(long documentId) {
        throw Unexpected.call("withdraw");
    }

    @Override
    public DocumentRecord approve(long documentId, long version, String approvedBy, LocalDate on) {
        throw Unexpected.call("approve");
    }

    @Override
    public Attachment file(long documentId) {
        throw Unexpected.call("file");
    }

    @Override
    public boolean canRead(DocumentRecord document) {
        throw Unexpected.call("canRead");
    }

    @Override
    public DocumentRecord archive(long documentId, long version, boolean archived) {
        throw Unexpected.call("archive");
    }

    @Override
    public List<DocumentRecord> dueForDestruction() {
        throw Unexpected.call("dueForDestruction");
    }

    @Override
    public LocalDate keptUntil(DocumentRecord document) {
        throw Unexpected.call("keptUntil");
    }

    @Override
    public DestructionAct destroy(DestructionDraft act) {
        throw Unexpected.call("destroy");
    }

    @Override
    public List<DestructionAct> acts() {
        throw Unexpected.call("acts");
    }

    @Override
    public List<DocumentRecord> destroyedBy(long actId) {
        throw Unexpected.call("destroyedBy");
    }
}
