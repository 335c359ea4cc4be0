package org.opora.consilium.api;

/**
 * Decision codes with a fixed meaning. The list of decision types is configuration and a school may rename these
 * or add its own; the support programmes module acts on the four programme codes.
 */
public final class Decisions {

    /** Draft an individual support programme (IPS) and appoint its curator. */
    public static final String PROGRAMME_OPEN = "programme-open";
    /** Change the programme (its tasks, activities or participants). */
    public static final String PROGRAMME_CHANGE = "programme-change";
    /** Continue support for a new period. */
    public static final String PROGRAMME_EXTEND = "programme-extend";
    /** Close the programme: support ends. */
    public static final String PROGRAMME_CLOSE = "programme-close";
    /** Recommendations to teachers and parents. */
    public static final String RECOMMENDATIONS = "recommendations";
    /** Refer the pupil to external bodies (PMPK, KDN, health care …). */
    public static final String REFER_EXTERNAL = "refer-external";
    /** Discuss the pupil again by a date. */
    public static final String REVIEW_AGAIN = "review-again";

    private Decisions() {
    }

    /** Whether the code is one of the four decisions about a support programme. */
    public static boolean aboutProgramme(String code) {
        return PROGRAMME_OPEN.equals(code) || PROGRAMME_CHANGE.equals(code) || PROGRAMME_EXTEND.equals(code)
                || PROGRAMME_CLOSE.equals(code);
    }
}
