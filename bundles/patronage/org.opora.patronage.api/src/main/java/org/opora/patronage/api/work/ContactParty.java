package org.opora.patronage.api.work;

/** With whom the curator was in contact (003 section 3.3). */
public enum ContactParty {
    PUPIL, PARENTS, SUBJECT_TEACHER, OTHER
}
