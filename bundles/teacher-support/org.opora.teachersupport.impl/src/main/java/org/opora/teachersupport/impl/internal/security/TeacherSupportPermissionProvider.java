package org.opora.teachersupport.impl.internal.security;

import static org.opora.platform.api.security.PermissionDefinition.of;

import java.util.Collection;
import java.util.List;

import org.opora.platform.api.security.PermissionDefinition;
import org.opora.platform.api.security.PermissionProvider;
import org.opora.teachersupport.api.TeacherSupportPermissions;
import org.osgi.service.component.annotations.Component;

/**
 * The permissions of opora-teacher-support and the roles of the demo school that hold them by default (regulation
 * 004): the administration (the director and the deputy director) decides to support a teacher, names the lead and
 * reads every record and the year's summary; the deputy director, the specialists (the psychologist who takes part)
 * and the teachers (a mentor is a teacher) work on the records they lead or take part in; teachers open the views so
 * that a supported teacher may read their own record when the school allows it.
 */
@Component
public class TeacherSupportPermissionProvider implements PermissionProvider {

    private static final String DIRECTOR = "director";
    private static final String DEPUTY = "deputy";
    private static final String HEAD = "head-of-service";
    private static final String SPECIALIST = "specialist";
    private static final String TEACHER = "teacher";

    @Override
    public Collection<PermissionDefinition> permissions() {
        return List.of(
                of(TeacherSupportPermissions.ACCESS, "teachersupport.perm.access", DIRECTOR, DEPUTY, HEAD, SPECIALIST,
                        TEACHER),
                of(TeacherSupportPermissions.WORK, "teachersupport.perm.work", DEPUTY, SPECIALIST, TEACHER),
                of(TeacherSupportPermissions.MANAGE, "teachersupport.perm.manage", DIRECTOR, DEPUTY),
                of(TeacherSupportPermissions.READ_ALL, "teachersupport.perm.read-all", DIRECTOR, DEPUTY));
    }
}
