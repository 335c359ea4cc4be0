package org.opora.patronage.api;

/**
 * The permissions opora-patronage declares. Who reads a case's content is decided per case (regulation 003 and the
 * confidentiality of the records): its curators, its micro-team and the specialists assigned to it, the coordinator
 * (the staff member of the configured specialist type, by default the social pedagogue) and the holders of
 * {@link #READ_ALL}; everyone else with {@link #EXISTENCE} sees only that a case exists and who its curator is.
 */
public final class PatronagePermissions {

    /** Open the patronage views; the cases listed are those the user works on or may read. */
    public static final String ACCESS = "patronage.access";
    /** See that a pupil is under patronage and who the curator is, without the case's content (class teachers). */
    public static final String EXISTENCE = "patronage.existence";
    /** Work on cases as a curator, a member of the micro-team or an assigned specialist. */
    public static final String WORK = "patronage.work";
    /** Open, close and coordinate cases; assign specialists (the coordinator, 003 section 3.2). */
    public static final String COORDINATE = "patronage.coordinate";
    /**
     * Approve the year's schedule of the patronage (the director). Until 1.1 also the appointment of curators, which
     * now belongs to the approving role of the school's chain {@code curatorOrderChain}, not to a permission.
     */
    public static final String APPOINT = "patronage.appoint";
    /** Read every case and control the measures (the director and the head of service, 003 section 3.1). */
    public static final String READ_ALL = "patronage.read-all";
    /**
     * Hold the director's administrative meetings on the results of the patronage: create them, put the cases and
     * the curators' reports on them, record the decisions and finalise the minutes (003 section 3.1).
     */
    public static final String MEETING = "patronage.meeting";

    private PatronagePermissions() {
    }
}
