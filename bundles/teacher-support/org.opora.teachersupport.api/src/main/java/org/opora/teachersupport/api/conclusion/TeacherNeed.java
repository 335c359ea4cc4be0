package org.opora.teachersupport.api.conclusion;

/**
 * What the supported teacher needs (regulation 004, 5.4, item 6): further support; support for the hardest problems;
 * no support; professional development (what); another individual route (why). {@link #NONE} excludes the others.
 */
public enum TeacherNeed {
    FURTHER_SUPPORT, HARDEST_PROBLEMS, NONE, PROFESSIONAL_DEVELOPMENT, ANOTHER_ROUTE
}
