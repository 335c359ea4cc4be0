package org.opora.platform.api.duty;

import java.util.List;
import java.util.Locale;

import org.opora.platform.api.security.OporaUser;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard service through which a module reports due and overdue duties of a person ("my duties" on the home
 * page). Called while the home page is built: keep it to one query.
 */
@ConsumerType
public interface DutyProvider {

    /** The duties of the user, texts in the given language. */
    List<Duty> dutiesOf(OporaUser user, Locale locale);
}
