package org.opora.teachersupport.api.record;

/**
 * Where a support record stands: opened by the decision to support, in progress from the first diagnosis, route or
 * help recorded, concluded when the lead signs the general conclusion (read-only afterwards).
 */
public enum SupportStatus {
    OPENED, IN_PROGRESS, CONCLUDED
}
