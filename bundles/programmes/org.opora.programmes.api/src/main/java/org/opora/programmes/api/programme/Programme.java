package org.opora.programmes.api.programme;

import java.time.LocalDate;
import java.util.List;

import org.opora.programmes.api.ProgrammeState;
import org.opora.programmes.api.Step;

/**
 * An individual support programme, field for field as the form of regulation 002. The pupil's data are taken from
 * the core when the programme is written and kept as written. Marked "for official use only" wherever it is
 * shown or printed.
 *
 * @param id                 record id
 * @param revision           1 for the first programme; an extension or change after approval is a new revision
 * @param previousId         the revision this one continues, or {@code null}
 * @param pupilId            the pupil (core)
 * @param pupilName          the pupil's full name
 * @param birthDate          date of birth
 * @param className          class
 * @param classTeacher       class teacher
 * @param parents            names of the parents (legal representatives), one a line
 * @param protocol           the consilium protocol (number, date), or {@code null} while not cited
 * @param grounds            grounds: problems of the pupil and the family, risk factors of crisis states
 * @param diagnostics        results of diagnostics
 * @param goal               goal of support
 * @param tasks              tasks of support
 * @param participants       participants of the programme
 * @param internalResources  resources of the minor and the family: internal (personality, positive experience)
 * @param externalResources  … and external (significant people, meaningful activities)
 * @param expectedResults    expected results
 * @param criteria           effectiveness criteria
 * @param start              duration: first day
 * @param end                … last day (inclusive)
 * @param directions         directions of help (codes: pedagogical, psychological, leisure-employment, medical, social)
 * @param riskCategory       risk category (code; decides the minimum duration)
 * @param curatorId          the person responsible for the programme (the curator, staff), or {@code null}
 * @param curatorName        the curator's name, empty without one
 * @param state              where it stands
 * @param consent            the parents' answer, or {@code null}
 * @param steps              every recorded step, oldest first (who and when)
 * @param version            for optimistic locking
 */
public record Programme(long id, int revision, Long previousId, long pupilId, String pupilName, LocalDate birthDate,
        String className, String classTeacher, String parents, ProtocolCitation protocol, String grounds,
        String diagnostics, String goal, List<Task> tasks, String participants, String internalResources,
        String externalResources, String expectedResults, String criteria, LocalDate start, LocalDate end,
        List<String> directions, String riskCategory, Long curatorId, String curatorName, ProgrammeState state,
        Consent consent, List<Step> steps, long version) {

    public Programme {
        tasks = List.copyOf(tasks);
        directions = List.copyOf(directions);
        steps = List.copyOf(steps);
        curatorName = curatorName == null ? "" : curatorName;
    }
}
