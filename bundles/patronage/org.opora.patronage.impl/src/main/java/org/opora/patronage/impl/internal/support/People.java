package org.opora.patronage.impl.internal.support;

import java.util.List;
import java.util.Optional;

import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.staff.BodyMember;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.staff.StaffService;
import org.opora.core.support.Caller;
import org.opora.core.support.ModulePeople;
import org.opora.patronage.impl.internal.config.PatronageRules;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The people the patronage speaks of, looked up in the core (see {@link ModulePeople}). Patronage works with no
 * functional body: who coordinates is the staff member of the configured specialist type (003 section 2.2: the
 * social pedagogue).
 */
@Component(service = People.class)
public class People extends ModulePeople {

    private final StaffService staff;
    private final PatronageRules rules;

    @Activate
    public People(@Reference Guard guard, @Reference StaffService staff, @Reference PupilService pupils,
            @Reference PatronageRules rules) {
        super(guard, staff, pupils, "patronage");
        this.staff = staff;
        this.rules = rules;
    }

    @Override
    protected List<BodyMember> memberships(long staffId) {
        return List.of();
    }

    /** The staff id of an account, for the duties built for a user; empty for an account without a staff record. */
    public Optional<Long> staffIdOf(String username) {
        return staff.byUsername(username).map(StaffMember::id);
    }

    /** Whether the caller coordinates the patronage: the system, or staff of the coordinating specialist type. */
    public boolean coordinates(Caller who) {
        return who.isSystem() || who.staff() != null && who.staff().is(rules.coordinatorType());
    }
}
