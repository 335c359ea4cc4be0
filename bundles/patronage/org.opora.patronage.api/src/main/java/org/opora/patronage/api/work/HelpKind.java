package org.opora.patronage.api.work;

/** The kinds of help patronage gives (003 sections 1.2 and 2.2). */
public enum HelpKind {
    PSYCHOLOGICAL_PEDAGOGICAL, SOCIAL, MEDICAL
}
