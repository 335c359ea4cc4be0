package org.opora.teachersupport.ui.internal.fake;

import java.util.List;
import java.util.Optional;

import org.opora.core.ui.testing.Unexpected;
import org.opora.teachersupport.api.route.Checkpoint;
import org.opora.teachersupport.api.route.CheckpointDraft;
import org.opora.teachersupport.api.route.CheckpointDue;
import org.opora.teachersupport.api.route.CheckpointResult;
import org.opora.teachersupport.api.route.Route;
import org.opora.teachersupport.api.route.RouteDraft;
import org.opora.teachersupport.api.route.RouteService;

/** A route service without a route that fails the test on every change it does not override. */
public class FakeRoute implements RouteService {

    @Override
    public Optional<Route> route(long recordId) {
        return Optional.empty();
    }

    @Override
    public Route saveRoute(long recordId, long version, RouteDraft draft) {
        throw Unexpected.call("saveRoute");
    }

    @Override
    public List<Checkpoint> checkpoints(long recordId) {
        return List.of();
    }

    @Override
    public Checkpoint addCheckpoint(long recordId, CheckpointDraft draft) {
        throw Unexpected.call("addCheckpoint");
    }

    @Override
    public Checkpoint updateCheckpoint(long checkpointId, long version, CheckpointDraft draft) {
        throw Unexpected.call("updateCheckpoint");
    }

    @Override
    public Checkpoint recordResult(long checkpointId, long version, CheckpointResult result) {
        throw Unexpected.call("recordResult");
    }

    @Override
    public List<CheckpointDue> dueFor(String username) {
        throw Unexpected.call("dueFor");
    }
}
