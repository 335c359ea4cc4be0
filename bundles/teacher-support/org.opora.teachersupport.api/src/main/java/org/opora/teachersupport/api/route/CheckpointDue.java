package org.opora.teachersupport.api.route;

/**
 * A checkpoint due or overdue: a duty of the record's lead.
 *
 * @param checkpoint the checkpoint, its state {@link CheckpointState#DUE} or {@link CheckpointState#OVERDUE}
 * @param teacher    the supported teacher's name
 */
public record CheckpointDue(Checkpoint checkpoint, String teacher) {
}
