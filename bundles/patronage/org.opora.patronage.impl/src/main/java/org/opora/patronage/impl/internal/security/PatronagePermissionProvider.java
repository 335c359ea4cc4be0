package org.opora.patronage.impl.internal.security;

import static org.opora.platform.api.security.PermissionDefinition.of;

import java.util.Collection;
import java.util.List;

import org.opora.patronage.api.PatronagePermissions;
import org.opora.platform.api.security.PermissionDefinition;
import org.opora.platform.api.security.PermissionProvider;
import org.osgi.service.component.annotations.Component;

/**
 * The permissions of opora-patronage and the roles of the demo school that hold them by default (regulation 003):
 * the administration, the specialists and class teachers open the patronage and see which pupils are under it;
 * specialists work on cases as curators, micro-team or involved specialists and, the coordinating type among them,
 * coordinate; the director appoints curators by order; the director and the head of service read every case and hold
 * the administrative meetings on the results.
 * Class teachers work on a case once they are named its curator or put in its micro-team.
 */
@Component
public class PatronagePermissionProvider implements PermissionProvider {

    private static final String DIRECTOR = "director";
    private static final String DEPUTY = "deputy";
    private static final String HEAD = "head-of-service";
    private static final String SPECIALIST = "specialist";
    private static final String CLASS_TEACHER = "class-teacher";

    @Override
    public Collection<PermissionDefinition> permissions() {
        return List.of(
                of(PatronagePermissions.ACCESS, "patronage.perm.access", DIRECTOR, DEPUTY, HEAD, SPECIALIST,
                        CLASS_TEACHER),
                of(PatronagePermissions.EXISTENCE, "patronage.perm.existence", DIRECTOR, DEPUTY, HEAD, SPECIALIST,
                        CLASS_TEACHER),
                of(PatronagePermissions.WORK, "patronage.perm.work", HEAD, SPECIALIST, CLASS_TEACHER),
                of(PatronagePermissions.COORDINATE, "patronage.perm.coordinate", DIRECTOR, HEAD, SPECIALIST),
                of(PatronagePermissions.APPOINT, "patronage.perm.appoint", DIRECTOR),
                of(PatronagePermissions.READ_ALL, "patronage.perm.read-all", DIRECTOR, HEAD),
                of(PatronagePermissions.MEETING, "patronage.perm.meeting", DIRECTOR, HEAD));
    }
}
