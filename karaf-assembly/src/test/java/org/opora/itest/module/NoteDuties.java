package org.opora.itest.module;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.opora.platform.api.duty.Duty;
import org.opora.platform.api.duty.DutyProvider;
import org.opora.platform.api.security.OporaUser;

/** One overdue duty for everybody who may read the notes. */
public class NoteDuties implements DutyProvider {

    public static final String TITLE = "Review the test notes";

    @Override
    public List<Duty> dutiesOf(OporaUser user, Locale locale) {
        return user.has(ModuleActivator.PERMISSION)
                ? List.of(new Duty(TITLE, "itest", LocalDate.now().minusDays(1), ModuleActivator.ROUTE))
                : List.of();
    }
}
