package org.opora.core.api;

/** The configurable reference lists of the core; {@link ReferenceLists#items} takes one of them. */
public enum ReferenceList {
    /** Pupil status flags: special educational needs (OVZ), disabled child, gifted, at-risk group, under guardianship … */
    PUPIL_FLAGS,
    /** Specialist types of staff (000 §1.3 and the 001 coordinators, mentors …). */
    SPECIALIST_TYPES,
    /** Functional bodies of the support service (000 §4.1, §4.5). */
    BODIES,
    /** Roles a member holds in a body (chair, deputy, secretary, member). */
    BODY_ROLES,
    /** Kinds of external agencies (000 §4.4). */
    AGENCY_KINDS,
    /** Types of the service's documents (000 §5). */
    DOCUMENT_TYPES,
    /** The directions of work of 000 §3 that every module tags its activities with. */
    DIRECTIONS,
    /** Relations of legal representatives to the pupil (mother, father, guardian …). */
    RELATIONS
}
