package org.opora.programmes.impl.internal.security;

import static org.opora.platform.api.security.PermissionDefinition.of;

import java.util.Collection;
import java.util.List;

import org.opora.platform.api.security.PermissionDefinition;
import org.opora.platform.api.security.PermissionProvider;
import org.opora.programmes.api.ProgrammesPermissions;
import org.osgi.service.component.annotations.Component;

/**
 * The permissions of opora-programmes and the roles of the demo school that hold them by default. The
 * administration, the service's specialists and class teachers open the programmes and see which pupils have one;
 * specialists and the head of service draft them; the director and the head of service read every programme; the
 * deputy coordinates individual plans (001 section 8). Who agrees and approves is no permission: the roles of the
 * school's approval chains ({@code programmeApprovalChain}, {@code planApprovalChain}; by default the director). Who reads a programme's content
 * otherwise follows from the programme itself (curator, responsible specialists, drafter, consilium chair).
 */
@Component
public class ProgrammesPermissionProvider implements PermissionProvider {

    private static final String DIRECTOR = "director";
    private static final String DEPUTY = "deputy";
    private static final String HEAD = "head-of-service";
    private static final String SPECIALIST = "specialist";
    private static final String CLASS_TEACHER = "class-teacher";

    @Override
    public Collection<PermissionDefinition> permissions() {
        return List.of(
                of(ProgrammesPermissions.ACCESS, "programmes.perm.access", DIRECTOR, DEPUTY, HEAD, SPECIALIST,
                        CLASS_TEACHER),
                of(ProgrammesPermissions.EXISTENCE, "programmes.perm.existence", DIRECTOR, DEPUTY, HEAD, SPECIALIST,
                        CLASS_TEACHER),
                of(ProgrammesPermissions.DRAFT, "programmes.perm.draft", HEAD, SPECIALIST),
                of(ProgrammesPermissions.READ_ALL, "programmes.perm.read-all", DIRECTOR, HEAD),
                of(ProgrammesPermissions.COORDINATE, "programmes.perm.coordinate", DEPUTY));
    }
}
