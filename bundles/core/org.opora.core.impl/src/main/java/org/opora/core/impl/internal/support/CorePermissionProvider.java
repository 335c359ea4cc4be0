package org.opora.core.impl.internal.support;

import static org.opora.platform.api.security.PermissionDefinition.of;

import java.util.Collection;
import java.util.List;

import org.opora.core.api.CorePermissions;
import org.opora.platform.api.security.PermissionDefinition;
import org.opora.platform.api.security.PermissionProvider;
import org.opora.platform.api.security.PlatformPermissions;
import org.osgi.service.component.annotations.Component;

/**
 * The permissions of opora-core and the roles of the demo school that hold them by default. Administrators change
 * the mapping in Users and roles; the defaults follow the regulation: the service's specialists work with
 * pupils and documents, class teachers edit their own class, teachers see pupils, the director approves.
 */
@Component
public class CorePermissionProvider implements PermissionProvider {

    private static final String DIRECTOR = "director";
    private static final String DEPUTY = "deputy";
    private static final String HEAD = "head-of-service";
    private static final String SPECIALIST = "specialist";
    private static final String CLASS_TEACHER = "class-teacher";
    private static final String TEACHER = "teacher";
    private static final String ADMIN = PlatformPermissions.ROLE_ADMINISTRATOR;

    @Override
    public Collection<PermissionDefinition> permissions() {
        return List.of(
                of(CorePermissions.PUPIL_READ, "core.perm.pupil.read", DIRECTOR, DEPUTY, HEAD, SPECIALIST,
                        CLASS_TEACHER, TEACHER),
                of(CorePermissions.PUPIL_READ_ALL, "core.perm.pupil.read-all", DIRECTOR, DEPUTY, HEAD, SPECIALIST),
                of(CorePermissions.PUPIL_FLAGS, "core.perm.pupil.flags", DIRECTOR, DEPUTY, HEAD, SPECIALIST,
                        CLASS_TEACHER),
                of(CorePermissions.PUPIL_EDIT, "core.perm.pupil.edit", DEPUTY, HEAD, SPECIALIST),
                of(CorePermissions.PUPIL_EDIT_OWN_CLASS, "core.perm.pupil.edit-own-class", CLASS_TEACHER),
                of(CorePermissions.PUPIL_ARCHIVE, "core.perm.pupil.archive", DIRECTOR, DEPUTY),
                of(CorePermissions.CLASS_MANAGE, "core.perm.class.manage", DIRECTOR, DEPUTY),
                of(CorePermissions.STAFF_READ, "core.perm.staff.read", DIRECTOR, DEPUTY, HEAD, SPECIALIST,
                        CLASS_TEACHER, TEACHER, ADMIN),
                of(CorePermissions.STAFF_MANAGE, "core.perm.staff.manage", DIRECTOR, DEPUTY, ADMIN),
                of(CorePermissions.STRUCTURE_MANAGE, "core.perm.structure.manage", DIRECTOR, DEPUTY),
                of(CorePermissions.DOCUMENT_READ, "core.perm.document.read", DIRECTOR, DEPUTY, HEAD, SPECIALIST),
                of(CorePermissions.DOCUMENT_EDIT, "core.perm.document.edit", HEAD, SPECIALIST),
                of(CorePermissions.DOCUMENT_APPROVE, "core.perm.document.approve", DIRECTOR),
                of(CorePermissions.DOCUMENT_CONFIDENTIAL, "core.perm.document.confidential", DIRECTOR, HEAD),
                of(CorePermissions.DOCUMENT_DESTROY, "core.perm.document.destroy", DIRECTOR, HEAD),
                of(CorePermissions.AGENCY_READ, "core.perm.agency.read", DIRECTOR, DEPUTY, HEAD, SPECIALIST),
                of(CorePermissions.AGENCY_EDIT, "core.perm.agency.edit", HEAD, SPECIALIST),
                of(CorePermissions.REPORT_READ, "core.perm.report.read", DIRECTOR, DEPUTY, HEAD),
                of(CorePermissions.EXCHANGE, "core.perm.exchange", DEPUTY, ADMIN),
                of(CorePermissions.SCHOOL_MANAGE, "core.perm.school.manage", DIRECTOR, ADMIN));
    }
}
