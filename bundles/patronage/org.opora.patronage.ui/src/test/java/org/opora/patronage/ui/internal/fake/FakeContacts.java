package org.opora.patronage.ui.internal.fake;

import java.util.List;

import org.opora.core.api.agency.Interaction;
import org.opora.core.ui.testing.Unexpected;
import org.opora.patronage.api.work.Contact;
import org.opora.patronage.api.work.ContactDraft;
import org.opora.patronage.api.work.ContactDue;
import org.opora.patronage.api.work.ContactService;

/** A contact service that fails the test on every call it does not override. */
public class FakeContacts implements ContactService {

    @Override
    public List<Contact> contacts(long caseId) {
        throw Unexpected.call("contacts");
    }

    @Override
    public Contact log(long caseId, ContactDraft draft) {
        throw Unexpected.call("log");
    }

    @Override
    public Contact update(long contactId, long version, ContactDraft draft) {
        throw Unexpected.call("update");
    }

    @Override
    public List<Interaction> agencyInteractions(long caseId) {
        throw Unexpected.call("agencyInteractions");
    }

    @Override
    public List<ContactDue> dueFor(String username) {
        throw Unexpected.call("dueFor");
    }
}
