package org.opora.teachersupport.impl.internal.support;

import java.util.List;
import java.util.Optional;

import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.staff.BodyMember;
import org.opora.core.api.staff.StaffMember;
import org.opora.core.api.staff.StaffService;
import org.opora.core.support.ModulePeople;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The people the teacher support speaks of, looked up in the core (see {@link ModulePeople}): the supported teachers,
 * the leads and the participants are the core's staff. The support works with no functional body.
 */
@Component(service = People.class)
public class People extends ModulePeople {

    private final StaffService staff;

    @Activate
    public People(@Reference Guard guard, @Reference StaffService staff, @Reference PupilService pupils) {
        super(guard, staff, pupils, "teachersupport");
        this.staff = staff;
    }

    @Override
    protected List<BodyMember> memberships(long staffId) {
        return List.of();
    }

    /** The staff id of an account, for the duties built for a user; empty for an account without a staff record. */
    public Optional<Long> staffIdOf(String username) {
        return staff.byUsername(username).map(StaffMember::id);
    }
}
