package org.opora.core.ui.internal;

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

/** A pupil service that fails the test on every call it does not override. */
public class FakePupils implements PupilService {

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
        throw Unexpected.call("get");
    }

    @Override
    public PupilCard card(long pupilId) {
        throw Unexpected.call("card");
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
}
