package org.opora.programmes.api.programme;

import java.time.LocalDate;
import java.util.List;

/**
 * What the curator writes in a programme. The pupil's data are taken from the core; the rest is checked against
 * the rules (duration by risk category, activity periods within the programme) when saved and on each transition.
 *
 * @param pupilId           the pupil
 * @param protocol          the cited consilium protocol, or {@code null} while not cited
 * @param grounds           grounds: problems of the pupil and the family, risk factors
 * @param diagnostics       results of diagnostics
 * @param goal              goal of support
 * @param tasks             the tasks, in order (ids of existing tasks kept, 0 for new ones)
 * @param participants      participants of the programme
 * @param internalResources internal resources of the pupil and the family
 * @param externalResources external resources
 * @param expectedResults   expected results
 * @param criteria          effectiveness criteria
 * @param start             first day
 * @param end               last day (inclusive)
 * @param directions        directions of help (codes)
 * @param riskCategory      risk category (code)
 * @param curatorId         the curator, or {@code null} until appointed
 */
public record ProgrammeDraft(long pupilId, ProtocolCitation protocol, String grounds, String diagnostics,
        String goal, List<Task> tasks, String participants, String internalResources, String externalResources,
        String expectedResults, String criteria, LocalDate start, LocalDate end, List<String> directions,
        String riskCategory, Long curatorId) {

    public ProgrammeDraft {
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        directions = directions == null ? List.of() : List.copyOf(directions);
    }
}
