package org.opora.core.impl.internal.school;

import java.util.List;
import java.util.TreeSet;

import org.opora.core.api.AcademicYear;
import org.opora.core.api.CorePermissions;
import org.opora.core.api.School;
import org.opora.core.api.SchoolService;
import org.opora.core.api.ValidationException;
import org.opora.core.impl.internal.model.SchoolEntity;
import org.opora.core.impl.internal.model.StaffEntity;
import org.opora.core.impl.internal.support.CoreDatabase;
import org.opora.core.impl.internal.support.Guard;
import org.opora.core.support.FieldChecks;
import org.opora.core.support.Objections;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditEvent;
import org.opora.platform.api.audit.AuditService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The school's name, number, address and director, and its academic years. */
@Component
public class SchoolServiceImpl implements SchoolService {

    private final CoreDatabase db;
    private final Guard guard;
    private final AuditService audit;

    @Activate
    public SchoolServiceImpl(@Reference CoreDatabase db, @Reference Guard guard, @Reference AuditService audit) {
        this.db = db;
        this.guard = guard;
        this.audit = audit;
    }

    @Override
    public School school() {
        return db.read(em -> db.school(em).toRecord());
    }

    /**
     * Changes the school's card; refused with every objection at once — the name required, the texts' lengths, a
     * director who works at the school — nothing changed.
     */
    @Override
    public School update(String name, String number, String address, Long directorId, long version) {
        guard.require(CorePermissions.SCHOOL_MANAGE);
        Objections o = new Objections();
        String n = o.value(() -> FieldChecks.required("name", name, 300));
        String num = o.value(() -> FieldChecks.maxLength("number", number, 20));
        String a = o.value(() -> FieldChecks.maxLength("address", address, 300));
        School updated = db.write(em -> {
            SchoolEntity school = db.school(em);
            CoreDatabase.expectVersion(school.getVersion(), version);
            StaffEntity director = directorId == null ? null : em.find(StaffEntity.class, directorId);
            if (directorId != null && (director == null || !director.isActive())) {
                o.check(() -> {
                    throw new ValidationException("directorId", "core.error.staff.unknown");
                });
            }
            o.refuseAny();
            school.update(n, num, a, director);
            em.flush();
            return school.toRecord();
        }, audit, r -> new AuditEvent(AuditAction.UPDATE, "school", "1", ""));
        return updated;
    }

    @Override
    public List<AcademicYear> years() {
        return db.read(em -> {
            TreeSet<AcademicYear> years = new TreeSet<>();
            em.createQuery("select distinct c.year from ClassEntity c", Integer.class).getResultList()
                    .forEach(y -> years.add(new AcademicYear(y)));
            years.add(db.currentYear(em));
            return List.copyOf(years);
        });
    }

    @Override
    public boolean isDemo() {
        return db.read(em -> db.school(em).isDemo());
    }
}
