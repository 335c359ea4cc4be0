package org.opora.programmes.api.programme;

import java.util.Objects;

/**
 * One pupil's part of a finalised consilium protocol, as the programme form offers it: the citation to store, a
 * label in the user's language, and what the consilium decided that the curator may take over into the programme.
 *
 * @param citation  the citation stored in the programme (number, date and the pupil's agenda item)
 * @param label     e.g. "No. 5 of 12.03.2027: an individual support programme"
 * @param problems  the problems the consilium found, or empty
 * @param goal      the goal it set, or empty
 * @param tasks     the tasks it set, one per line, or empty
 * @param resources the resources it named, or empty
 * @param curatorId the curator it appointed, or {@code null}
 */
public record CitableProtocol(ProtocolCitation citation, String label, String problems, String goal, String tasks,
        String resources, Long curatorId) {

    public CitableProtocol {
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(citation.itemId(), "citation.itemId");
        label = label == null ? "" : label;
        problems = problems == null ? "" : problems;
        goal = goal == null ? "" : goal;
        tasks = tasks == null ? "" : tasks;
        resources = resources == null ? "" : resources;
    }
}
