package org.opora.core.ui.internal;

import java.util.List;

import org.opora.core.api.agency.Agency;
import org.opora.core.api.agency.AgencyDraft;
import org.opora.core.api.agency.AgencyService;
import org.opora.core.api.agency.Interaction;
import org.opora.core.api.agency.InteractionDraft;
import org.opora.core.ui.testing.Unexpected;

/** An agency service that fails the test on every call it does not override. */
public class FakeAgencies implements AgencyService {

    @Override
    public List<Agency> agencies(String kind, boolean includeInactive) {
        throw Unexpected.call("agencies");
    }

    @Override
    public Agency get(long agencyId) {
        throw Unexpected.call("get");
    }

    @Override
    public Agency create(AgencyDraft draft) {
        throw Unexpected.call("create");
    }

    @Override
    public Agency update(long agencyId, long version, AgencyDraft draft) {
        throw Unexpected.call("update");
    }

    @Override
    public Agency setActive(long agencyId, boolean active) {
        throw Unexpected.call("setActive");
    }

    @Override
    public List<Interaction> interactions(Long agencyId, Long pupilId, int offset, int limit) {
        throw Unexpected.call("interactions");
    }

    @Override
    public int countInteractions(Long agencyId, Long pupilId) {
        throw Unexpected.call("countInteractions");
    }

    @Override
    public Interaction record(InteractionDraft draft) {
        throw Unexpected.call("record");
    }

    @Override
    public Interaction update(long interactionId, long version, InteractionDraft draft) {
        throw Unexpected.call("update");
    }

    @Override
    public List<Interaction> openNextSteps(String author) {
        throw Unexpected.call("openNextSteps");
    }
}
