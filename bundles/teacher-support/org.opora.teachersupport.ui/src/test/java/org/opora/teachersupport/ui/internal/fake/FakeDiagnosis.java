package org.opora.teachersupport.ui.internal.fake;

import java.util.List;

import org.opora.core.ui.testing.Unexpected;
import org.opora.teachersupport.api.diagnosis.DiagnosisDraft;
import org.opora.teachersupport.api.diagnosis.DiagnosisEntry;
import org.opora.teachersupport.api.diagnosis.DiagnosisService;

/** A diagnosis service with no entries that fails the test on every change it does not override. */
public class FakeDiagnosis implements DiagnosisService {

    @Override
    public List<DiagnosisEntry> entries(long recordId) {
        return List.of();
    }

    @Override
    public DiagnosisEntry add(long recordId, DiagnosisDraft draft) {
        throw Unexpected.call("add");
    }

    @Override
    public DiagnosisEntry update(long entryId, long version, DiagnosisDraft draft) {
        throw Unexpected.call("update");
    }
}
