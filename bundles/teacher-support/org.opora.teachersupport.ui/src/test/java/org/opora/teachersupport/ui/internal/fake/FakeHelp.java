package org.opora.teachersupport.ui.internal.fake;

import java.util.List;

import org.opora.core.api.document.Attachment;
import org.opora.core.ui.testing.Unexpected;
import org.opora.teachersupport.api.help.Evidence;
import org.opora.teachersupport.api.help.EvidenceDraft;
import org.opora.teachersupport.api.help.HelpDraft;
import org.opora.teachersupport.api.help.HelpEntry;
import org.opora.teachersupport.api.help.HelpService;

/** A help service with nothing recorded that fails the test on every change it does not override. */
public class FakeHelp implements HelpService {

    @Override
    public List<HelpEntry> help(long recordId) {
        return List.of();
    }

    @Override
    public HelpEntry record(long recordId, HelpDraft draft) {
        throw Unexpected.call("record");
    }

    @Override
    public HelpEntry update(long helpId, long version, HelpDraft draft) {
        throw Unexpected.call("update");
    }

    @Override
    public List<Evidence> evidence(long recordId) {
        return List.of();
    }

    @Override
    public Evidence addEvidence(long recordId, EvidenceDraft draft) {
        throw Unexpected.call("addEvidence");
    }

    @Override
    public Attachment evidenceFile(long evidenceId) {
        throw Unexpected.call("evidenceFile");
    }
}
