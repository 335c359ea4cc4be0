package org.opora.teachersupport.api.year;

/**
 * A teacher who needs professional development, by the conclusion of their support.
 *
 * @param recordId the support record
 * @param teacher  the teacher's name
 * @param what     what professional development
 */
public record DevelopmentNeed(long recordId, String teacher, String what) {
}
