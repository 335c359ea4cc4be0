package org.opora.teachersupport.api.route;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The individual professional route of a support record and its checkpoints (regulation 004, 3.1 and 3.2). The
 * lead, the participants and the administration draw it up and record the results while the record is not
 * concluded; its readers read it (journaled). Checkpoints due or overdue are duties of the lead.
 */
@ProviderType
public interface RouteService {

    /** The record's route, or empty before it is drawn up. */
    Optional<Route> route(long recordId);

    /** Draws up or corrects the route; {@code version} is the record's (the route is part of it). */
    Route saveRoute(long recordId, long version, RouteDraft draft);

    /** The route's checkpoints by due date. */
    List<Checkpoint> checkpoints(long recordId);

    /** Plans a checkpoint; the route must be drawn up first. */
    Checkpoint addCheckpoint(long recordId, CheckpointDraft draft);

    /** Corrects a checkpoint not yet passed. */
    Checkpoint updateCheckpoint(long checkpointId, long version, CheckpointDraft draft);

    /** Records the result of a checkpoint. */
    Checkpoint recordResult(long checkpointId, long version, CheckpointResult result);

    /** The checkpoints due or overdue of the records the user leads, overdue first: their duties. */
    List<CheckpointDue> dueFor(String username);
}
