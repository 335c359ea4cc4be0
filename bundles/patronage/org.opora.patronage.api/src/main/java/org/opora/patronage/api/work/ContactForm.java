package org.opora.patronage.api.work;

/** How the contact took place. */
public enum ContactForm {
    MEETING, PHONE, HOME_VISIT, MESSAGE, OTHER
}
