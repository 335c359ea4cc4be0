package org.opora.consilium.api.link;

import java.time.LocalDate;
import java.util.List;

/**
 * One pupil's part of a finalised protocol, as another module cites it (a support programme's "consilium protocol
 * (number, date)") and acts on it.
 *
 * @param meetingId    the meeting
 * @param number       the protocol's number
 * @param date         the meeting's day
 * @param itemId       the pupil's agenda item
 * @param pupilId      the pupil
 * @param pupilName    the pupil's name
 * @param decisions    decision codes (see {@link org.opora.consilium.api.Decisions})
 * @param decisionText the decision in words
 * @param problems     the actual problems stated
 * @param goal         goal of support
 * @param tasks        tasks, one a line
 * @param resources    resources of the pupil and the family
 * @param curatorId    the curator the chair appointed (staff id), or {@code null}
 * @param curatorName  their name, empty without one
 * @param sourceRef    the reference of the module that proposed the pupil, empty for none
 */
public record ProtocolRef(long meetingId, String number, LocalDate date, long itemId, long pupilId,
        String pupilName, List<String> decisions, String decisionText, String problems, String goal, String tasks,
        String resources, Long curatorId, String curatorName, String sourceRef) {

    public ProtocolRef {
        decisions = List.copyOf(decisions);
        decisionText = decisionText == null ? "" : decisionText;
        problems = problems == null ? "" : problems;
        goal = goal == null ? "" : goal;
        tasks = tasks == null ? "" : tasks;
        resources = resources == null ? "" : resources;
        curatorName = curatorName == null ? "" : curatorName;
        sourceRef = sourceRef == null ? "" : sourceRef;
    }

    public boolean decided(String decisionCode) {
        return decisions.contains(decisionCode);
    }
}
