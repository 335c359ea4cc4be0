package org.opora.core.impl.internal.seed;

import java.util.Objects;

import org.opora.core.api.CorePermissions;
import org.opora.core.api.School;
import org.opora.core.api.ValidationException;
import org.opora.core.api.seed.SchoolSeed;
import org.opora.core.api.seed.SchoolSeedService;
import org.opora.core.impl.internal.support.CoreDatabase;
import org.opora.core.impl.internal.support.Guard;
import org.opora.core.support.FieldChecks;
import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditEvent;
import org.opora.platform.api.audit.AuditService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Seeds an empty installation with a whole school: the seed's references are checked first ({@link SeedReferences}),
 * then {@link SeedWriter} writes every record in one transaction, which refuses an installation that already has
 * staff or pupils.
 */
@Component
public class SchoolSeedServiceImpl implements SchoolSeedService {

    static final String NOT_EMPTY = "core.error.seed.notEmpty";

    private final CoreDatabase db;
    private final Guard guard;
    private final AuditService audit;

    @Activate
    public SchoolSeedServiceImpl(@Reference CoreDatabase db, @Reference Guard guard, @Reference AuditService audit) {
        this.db = db;
        this.guard = guard;
        this.audit = audit;
    }

    @Override
    public boolean isEmpty() {
        return db.read(SeedWriter::empty);
    }

    @Override
    public School seed(SchoolSeed seed) {
        Objects.requireNonNull(seed, "seed");
        guard.require(CorePermissions.SCHOOL_MANAGE);
        FieldChecks.required("name", seed.name(), 300);
        FieldChecks.maxLength("number", seed.number(), 20);
        FieldChecks.maxLength("address", seed.address(), 300);
        SeedReferences.check(seed);
        String actor = guard.actor();
        School school = db.write(em -> {
            if (!SeedWriter.empty(em)) {
                throw new ValidationException("", NOT_EMPTY);
            }
            return new SeedWriter(em, db, actor).write(seed);
        }, audit, r -> new AuditEvent(AuditAction.CREATE, "school", "1", "seeded" + (seed.demo() ? " (demo)" : "")
                + ": " + seed.staff().size() + " staff, " + seed.pupils().size() + " pupils"));
        return school;
    }
}
