package org.opora.patronage.ui.internal.fake;

import java.time.LocalDate;
import java.util.List;

import org.opora.core.ui.testing.Unexpected;
import org.opora.patronage.api.cases.CaseDraft;
import org.opora.patronage.api.cases.CaseQuery;
import org.opora.patronage.api.cases.CaseService;
import org.opora.patronage.api.cases.CaseSummary;
import org.opora.patronage.api.cases.PatronageCase;
import org.opora.patronage.api.cases.PupilAtRisk;

/** A case service that fails the test on every call it does not override. */
public class FakeCases implements CaseService {

    @Override
    public List<CaseSummary> find(CaseQuery query, int offset, int limit) {
        throw Unexpected.call("find");
    }

    @Override
    public int count(CaseQuery query) {
        throw Unexpected.call("count");
    }

    @Override
    public List<CaseSummary> ofPupil(long pupilId) {
        throw Unexpected.call("ofPupil");
    }

    @Override
    public PatronageCase get(long caseId) {
        throw Unexpected.call("get");
    }

    /** Whoever holds {@code patronage.coordinate} keeps the cases of the fake. */
    @Override
    public boolean mayOpen() {
        return true;
    }

    @Override
    public boolean canRead(long caseId) {
        throw Unexpected.call("canRead");
    }

    @Override
    public PatronageCase open(CaseDraft draft) {
        throw Unexpected.call("open");
    }

    @Override
    public PatronageCase update(long caseId, long version, CaseDraft draft) {
        throw Unexpected.call("update");
    }

    @Override
    public PatronageCase close(long caseId, long version, LocalDate on, String reason) {
        throw Unexpected.call("close");
    }

    @Override
    public List<PupilAtRisk> mandatoryWithoutCase() {
        throw Unexpected.call("mandatoryWithoutCase");
    }
}
