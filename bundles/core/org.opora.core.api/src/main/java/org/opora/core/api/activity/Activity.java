package org.opora.core.api.activity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One piece of the service's work as a module reports it: a plan row carried out, an interaction with an agency, a
 * document of the register.
 *
 * @param date      the day it happened or begins
 * @param direction the code of the core's list of directions of work ({@code ReferenceList.DIRECTIONS}); empty when
 *                  the record has none ("not specified")
 * @param kind      what it is, in the reader's language (e.g. "support plan activity")
 * @param title     its title or activity, in one line
 * @param person    the pupil or teacher it concerns, empty when none
 * @param who       who carried it out or recorded it, empty when unknown
 * @param route     the route of the view showing the record, relative to the application root; empty when none
 */
public record Activity(LocalDate date, String direction, String kind, String title, String person, String who,
        String route) {

    public Activity {
        Objects.requireNonNull(date, "date");
        direction = direction == null ? "" : direction;
        kind = kind == null ? "" : kind;
        title = title == null ? "" : title;
        person = person == null ? "" : person;
        who = who == null ? "" : who;
        route = route == null ? "" : route;
    }
}
