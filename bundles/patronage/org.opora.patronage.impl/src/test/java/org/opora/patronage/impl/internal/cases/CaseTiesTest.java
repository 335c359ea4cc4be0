package org.opora.patronage.impl.internal.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.opora.patronage.api.cases.PatronageCase;
import org.opora.patronage.api.team.CuratorDraft;
import org.opora.patronage.impl.internal.support.PatronageServiceTestSupport;

/** Who works with a pupil through a patronage case, for the documents of the core's register about the pupil. */
class CaseTiesTest extends PatronageServiceTestSupport {

    @Test
    void theServingCuratorIsTiedToThePupilAndAReplacedOneNoLonger() {
        PatronageCase c = curatedCase();
        CaseTies ties = new CaseTies(db);
        assertEquals(Set.of(pupil.id()), ties.pupils(psychologist.id(), "belova"));
        assertEquals(Set.of(), ties.pupils(teacher.id(), "smirnova"));

        var former = curators.curators(c.id()).get(0);
        curators.replace(former.id(), former.version(), CuratorDraft.internal(teacher.id(), order.id(), today()));

        assertEquals(Set.of(pupil.id()), ties.pupils(teacher.id(), "smirnova"));
        assertEquals(Set.of(), ties.pupils(psychologist.id(), "belova"));
    }
}
