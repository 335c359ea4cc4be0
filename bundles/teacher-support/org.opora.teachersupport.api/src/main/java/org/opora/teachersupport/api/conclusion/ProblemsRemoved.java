package org.opora.teachersupport.api.conclusion;

/**
 * Whether the problems found by the preliminary diagnosis were removed (regulation 004, 5.4, item 2): fully, partly,
 * not removed (the problems named), not one removed.
 */
public enum ProblemsRemoved {
    FULLY, PARTLY, NOT_REMOVED, NONE_REMOVED
}
