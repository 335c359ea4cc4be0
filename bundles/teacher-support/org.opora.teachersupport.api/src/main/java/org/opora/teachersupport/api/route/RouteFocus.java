package org.opora.teachersupport.api.route;

/** The dominant of an individual route (regulation 004, 3.1): theoretical or practical. */
public enum RouteFocus {
    THEORETICAL, PRACTICAL
}
