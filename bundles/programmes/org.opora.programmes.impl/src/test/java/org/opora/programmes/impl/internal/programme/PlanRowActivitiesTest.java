package org.opora.programmes.impl.internal.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.opora.core.api.AcademicYear;
import org.opora.core.api.activity.Activity;
import org.opora.core.api.activity.ActivityQuery;
import org.opora.core.support.testing.MessagesTranslator;
import org.opora.programmes.api.programme.Programme;

/**
 * The plan rows in the service's work by direction: each user sees the rows of the programmes whose content they
 * read, and a specialist involved in few programmes gets only theirs (the database leaves out the others' rows).
 */
class PlanRowActivitiesTest extends ProgrammeTestSupport {

    private List<Activity> work() {
        PlanRowActivities source = new PlanRowActivities(db, people, rules, lists, audit, new MessagesTranslator());
        return source.activities(ActivityQuery.of(AcademicYear.containing(today())), Locale.ENGLISH);
    }

    @Test
    void theCuratorTheResponsibleSpecialistAndTheDirectorSeeTheRow() {
        Programme p = runningSince(today(), today(), today().plusDays(7));
        asCurator();
        assertEquals(1, work().size());
        asSpecialist();
        assertEquals(List.of("programmes/programme/" + p.id()), work().stream().map(Activity::route).toList());
        asDirector();
        assertEquals(1, work().size());
    }

    @Test
    void aSpecialistNotInvolvedSeesNoRowOfIt() {
        runningSince(today(), today(), today().plusDays(7));
        asStranger();
        assertEquals(List.of(), work());
        asClassTeacher();
        assertEquals(List.of(), work());
    }
}
