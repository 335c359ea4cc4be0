package org.opora.patronage.api.work;

import java.util.List;

import org.opora.core.api.agency.Interaction;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The contact log of a case (003 section 3.3: the curator keeps constant contact with the pupil, the parents and the
 * subject teachers). The people who work on an open case log contacts; everyone who may read the case reads them.
 */
@ProviderType
public interface ContactService {

    /** The log, newest first. */
    List<Contact> contacts(long caseId);

    Contact log(long caseId, ContactDraft draft);

    /** Corrects an entry (its author or the coordinator). */
    Contact update(long contactId, long version, ContactDraft draft);

    /**
     * The pupil's interactions with outside agencies (guardianship, KDN i ZP, KCSON, additional education) since the
     * case was opened, as the core records them; empty for a caller who may not read the core's agencies.
     */
    List<Interaction> agencyInteractions(long caseId);

    /** The contacts due on the open cases the user curates: by the interval, or next steps due. */
    List<ContactDue> dueFor(String username);
}
