package org.opora.core.ui.testing;

import java.time.LocalDate;
import java.util.List;

import org.opora.core.api.pupil.FlagPeriod;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilCard;
import org.opora.core.api.pupil.PupilDraft;
import org.opora.core.api.pupil.PupilQuery;
import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.pupil.Representative;
import org.opora.core.api.pupil.RepresentativeDraft;

/**
 * A pupil service that fails the test on every call it does not override, or, made with a list of pupils, gets those
 * and their cards (everything else still fails the test).
 */
public class FakePupils implements PupilService {

    private final List<Pupil> pupils;
    private final List<Representative> representatives;

    /** Every call fails the test unless overridden. */
    public FakePupils() {
        this.pupils = null;
        this.representatives = List.of();
    }

    /** Gets these pupils, and their cards, each with these representatives and nothing else, read-only. */
    public FakePupils(List<Pupil> pupils, List<Representative> representatives) {
        this.pupils = List.copyOf(pupils);
        this.representatives = List.copyOf(representatives);
    }

    /** The pupils this fake reads; without them, the call fails the test. */
    private List<Pupil> known(String call) {
        if (pupils == null) {
            throw Unexpected.call(call);
        }
        return pupils;
    }

    @Override
    public List<Pupil> find(PupilQuery query, int offset, int limit) {
        throw Unexpected.call("find");
    }

    @Override
    public int count(PupilQuery query) {
        throw Unexpected.call("count");
    }

    @Override
    public Pupil get(long pupilId) {
        return known("get").stream().filter(p -> p.id() == pupilId).findFirst()
                .orElseThrow(() -> Unexpected.call("get " + pupilId));
    }

    @Override
    public PupilCard card(long pupilId) {
        known("card");
        return new PupilCard(get(pupilId), representatives, List.of(), List.of(), null, "", false);
    }

    @Override
    public boolean canEdit(long pupilId) {
        throw Unexpected.call("canEdit");
    }

    @Override
    public Pupil create(PupilDraft draft) {
        throw Unexpected.call("create");
    }

    @Override
    public Pupil update(long pupilId, long version, PupilDraft draft) {
        throw Unexpected.call("update");
    }

    @Override
    public Representative addRepresentative(long pupilId, RepresentativeDraft draft) {
        throw Unexpected.call("addRepresentative");
    }

    @Override
    public Representative updateRepresentative(long representativeId, long version, RepresentativeDraft draft) {
        throw Unexpected.call("updateRepresentative");
    }

    @Override
    public void removeRepresentative(long representativeId) {
        throw Unexpected.call("removeRepresentative");
    }

    @Override
    public FlagPeriod setFlag(long pupilId, String flag, LocalDate on, String note) {
        throw Unexpected.call("setFlag");
    }

    @Override
    public FlagPeriod clearFlag(long pupilId, String flag, LocalDate on) {
        throw Unexpected.call("clearFlag");
    }

    @Override
    public void archive(long pupilId, LocalDate leftOn, String reason) {
        throw Unexpected.call("archive");
    }

    @Override
    public void restore(long pupilId, long classId) {
        throw Unexpected.call("restore");
    }

    @Override
    public List<Pupil> ofClass(long classId) {
        throw Unexpected.call("ofClass");
    }

    @Override
    public java.util.Optional<java.time.LocalDate> expectedGraduation(long pupilId) {
        throw Unexpected.call("expectedGraduation");
    }

    @Override
    public void check(org.opora.core.api.pupil.PupilDraft draft) {
        // the fake accepts every draft: the service's rules are tested in the core
    }
}
