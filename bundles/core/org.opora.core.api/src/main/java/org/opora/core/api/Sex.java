package org.opora.core.api;

/** A pupil's sex as school records keep it. */
public enum Sex {
    MALE, FEMALE
}
