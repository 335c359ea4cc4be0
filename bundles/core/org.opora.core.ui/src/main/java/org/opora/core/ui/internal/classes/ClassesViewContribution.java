package org.opora.core.ui.internal.classes;

import org.opora.core.api.CorePermissions;
import org.opora.core.api.SchoolService;
import org.opora.core.api.pupil.ClassService;
import org.opora.core.api.staff.StaffService;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.ui.api.OporaView;
import org.opora.platform.ui.api.ViewContribution;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Contributes the classes of a year ({@code classes}). */
@Component(service = ViewContribution.class)
@OporaView(route = "classes", titleKey = "core.ui.classes.title", icon = "vaadin:academy-cap", order = 110,
        permission = CorePermissions.PUPIL_READ)
public class ClassesViewContribution implements ViewContribution {

    private final ClassService classes;
    private final SchoolService school;
    private final StaffService staff;
    private final SecurityContext security;

    @Activate
    public ClassesViewContribution(@Reference ClassService classes, @Reference SchoolService school,
            @Reference StaffService staff, @Reference SecurityContext security) {
        this.classes = classes;
        this.school = school;
        this.staff = staff;
        this.security = security;
    }

    @Override
    public Class<ClassesView> viewType() {
        return ClassesView.class;
    }

    @Override
    public com.vaadin.flow.component.Component createView() {
        return new ClassesView(classes, school, staff, security);
    }
}
