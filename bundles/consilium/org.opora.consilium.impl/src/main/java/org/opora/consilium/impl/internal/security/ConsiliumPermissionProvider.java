package org.opora.consilium.impl.internal.security;

import static org.opora.platform.api.security.PermissionDefinition.of;

import java.util.Collection;
import java.util.List;

import org.opora.consilium.api.ConsiliumPermissions;
import org.opora.platform.api.security.PermissionDefinition;
import org.opora.platform.api.security.PermissionProvider;
import org.osgi.service.component.annotations.Component;

/**
 * The permissions of opora-consilium and the roles of the demo school that hold them by default. Every member of
 * staff may open the consilium and file a referral about a pupil; the administration receives the referrals; the
 * service's psychologists examine; the director and the head of service read every protocol. Who keeps a meeting
 * follows from the consilium's composition, so {@code meeting.manage} has no default role.
 */
@Component
public class ConsiliumPermissionProvider implements PermissionProvider {

    private static final String DIRECTOR = "director";
    private static final String DEPUTY = "deputy";
    private static final String HEAD = "head-of-service";
    private static final String SPECIALIST = "specialist";
    private static final String CLASS_TEACHER = "class-teacher";
    private static final String TEACHER = "teacher";

    @Override
    public Collection<PermissionDefinition> permissions() {
        return List.of(
                of(ConsiliumPermissions.ACCESS, "consilium.perm.access", DIRECTOR, DEPUTY, HEAD, SPECIALIST,
                        CLASS_TEACHER, TEACHER),
                of(ConsiliumPermissions.REFERRAL_FILE, "consilium.perm.referral.file", DIRECTOR, DEPUTY, HEAD,
                        SPECIALIST, CLASS_TEACHER, TEACHER),
                of(ConsiliumPermissions.REFERRAL_RECEIVE, "consilium.perm.referral.receive", DIRECTOR, DEPUTY, HEAD),
                of(ConsiliumPermissions.REFERRAL_EXAMINE, "consilium.perm.referral.examine", HEAD, SPECIALIST),
                of(ConsiliumPermissions.MEETING_READ_ALL, "consilium.perm.meeting.read-all", DIRECTOR, HEAD),
                of(ConsiliumPermissions.MEETING_MANAGE, "consilium.perm.meeting.manage"));
    }
}
