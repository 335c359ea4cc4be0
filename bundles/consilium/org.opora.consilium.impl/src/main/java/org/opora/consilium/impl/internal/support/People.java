package org.opora.consilium.impl.internal.support;

import java.util.List;

import org.opora.core.api.pupil.PupilService;
import org.opora.core.api.pupil.Representative;
import org.opora.core.api.staff.BodyMember;
import org.opora.core.api.staff.StaffService;
import org.opora.core.support.ModulePeople;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The people the consilium speaks of, looked up in the core (see {@link ModulePeople}); a caller carries their
 * memberships of the consilium over any period ({@link Officers}).
 */
@Component(service = People.class)
public class People extends ModulePeople {

    private final Officers officers;

    @Activate
    public People(@Reference Guard guard, @Reference Officers officers, @Reference StaffService staff,
            @Reference PupilService pupils) {
        super(guard, staff, pupils, "consilium", officers.roles());
        this.officers = officers;
    }

    @Override
    protected List<BodyMember> memberships(long staffId) {
        return officers.membershipsOf(staffId);
    }

    /** The pupil's legal representatives, from the pupil card (the core audits this read). */
    public List<Representative> representatives(long pupilId) {
        return card(pupilId).representatives();
    }
}
