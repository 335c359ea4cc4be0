package org.opora.programmes.impl.internal.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opora.programmes.api.programme.Programme;
import org.opora.programmes.impl.internal.security.ProgrammeTies;

/** Who works with a pupil through a programme, for the documents of the core's register about the pupil. */
class ProgrammeTiesTest extends ProgrammeTestSupport {

    @Test
    void theCuratorTheResponsibleSpecialistAndTheDrafterAreTiedToThePupilNotTheChairOrAStranger() {
        Programme p = written();
        ProgrammeTies ties = new ProgrammeTies(db);

        assertEquals(Set.of(pupil.id()), ties.pupils(curator.id(), "volkova"), "the curator and drafter");
        assertEquals(Set.of(pupil.id()), ties.pupils(specialist.id(), "belov"), "responsible for a row");
        assertEquals(Set.of(), ties.pupils(chair.id(), "petrova"), "the chair reads by office, not by a tie");
        assertEquals(Set.of(), ties.pupils(stranger.id(), "ivanova"));
        assertEquals(pupil.id(), p.pupilId());
    }
}
