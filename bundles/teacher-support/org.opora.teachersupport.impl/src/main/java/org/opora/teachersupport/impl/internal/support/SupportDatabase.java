package org.opora.teachersupport.impl.internal.support;

import jakarta.persistence.EntityManagerFactory;

import org.opora.core.support.ModuleDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The teacher support's persistence unit as the services use it: one transaction per operation, a concurrent change
 * turned into the core's ConflictException (see {@link ModuleDatabase}).
 */
@Component(service = SupportDatabase.class)
public class SupportDatabase extends ModuleDatabase {

    public static final String UNIT = "opora-teacher-support";

    @Activate
    public SupportDatabase(@Reference(target = "(osgi.unit.name=" + UNIT + ")") EntityManagerFactory emf) {
        super(emf);
    }
}
