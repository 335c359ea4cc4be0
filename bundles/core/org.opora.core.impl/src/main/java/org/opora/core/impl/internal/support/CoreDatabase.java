package org.opora.core.impl.internal.support;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.opora.core.api.AcademicYear;
import org.opora.core.impl.internal.model.SchoolEntity;
import org.opora.core.support.ModuleDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The core's persistence unit as the services use it (see {@link ModuleDatabase}), and the school's current
 * academic year.
 */
@Component(service = CoreDatabase.class)
public class CoreDatabase extends ModuleDatabase {

    public static final String UNIT = "opora-core";

    @Activate
    public CoreDatabase(@Reference(target = "(osgi.unit.name=" + UNIT + ")") EntityManagerFactory emf) {
        super(emf);
        write(em -> school(em));
    }

    /** The school row, created on the first start with the academic year of today. */
    public SchoolEntity school(EntityManager em) {
        SchoolEntity school = em.find(SchoolEntity.class, SchoolEntity.ID);
        if (school == null) {
            school = new SchoolEntity(AcademicYear.containing(today()));
            em.persist(school);
        }
        return school;
    }

    public AcademicYear currentYear(EntityManager em) {
        SchoolEntity school = em.find(SchoolEntity.class, SchoolEntity.ID);
        return school == null ? AcademicYear.containing(today()) : school.currentYear();
    }
}
