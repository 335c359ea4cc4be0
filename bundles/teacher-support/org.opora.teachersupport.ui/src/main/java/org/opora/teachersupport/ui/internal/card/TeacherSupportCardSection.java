package org.opora.teachersupport.ui.internal.card;

import com.vaadin.flow.component.Component;

import org.opora.platform.ui.api.CardSection;
import org.opora.platform.ui.api.StaffCardSection;
import org.opora.teachersupport.api.TeacherSupportPermissions;
import org.opora.teachersupport.api.record.SupportService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Reference;

/**
 * Contributes the tab «methodological support» of the staff card to everyone with access to the module; the service
 * lists only the teacher's records the user may read (and journals the reads).
 */
@org.osgi.service.component.annotations.Component(service = StaffCardSection.class)
@CardSection(id = "teacher-support", titleKey = "teachersupport.ui.card.title", order = 300,
        permission = TeacherSupportPermissions.ACCESS)
public class TeacherSupportCardSection implements StaffCardSection {

    private final SupportService records;

    @Activate
    public TeacherSupportCardSection(@Reference SupportService records) {
        this.records = records;
    }

    @Override
    public Component create(long staffId) {
        return new TeacherSupportCard(records, staffId);
    }
}
