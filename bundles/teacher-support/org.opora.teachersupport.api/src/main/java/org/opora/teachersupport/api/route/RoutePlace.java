package org.opora.teachersupport.api.route;

/** Where an individual route is followed (regulation 004, 3.1): inside the school or outside it. */
public enum RoutePlace {
    INSIDE_SCHOOL, OUTSIDE_SCHOOL
}
