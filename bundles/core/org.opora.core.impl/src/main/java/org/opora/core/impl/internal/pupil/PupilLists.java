package org.opora.core.impl.internal.pupil;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.pupil.PupilQuery;

/** The whole pupil list for a query, for the export (which checks permissions itself). */
public final class PupilLists {

    private PupilLists() {
    }

    public static List<Pupil> find(EntityManager em, AcademicYear year, PupilQuery query) {
        return PupilQueries.find(em, year, query, 0, Integer.MAX_VALUE);
    }
}
