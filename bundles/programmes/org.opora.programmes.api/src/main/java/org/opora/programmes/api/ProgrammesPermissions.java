package org.opora.programmes.api;

/**
 * The permissions opora-programmes declares. Who may read a programme's content is decided per programme: its
 * curator, its participants and responsible specialists, the consilium's chair, and the holders of
 * {@link #READ_ALL}; everyone else with {@link #EXISTENCE} sees only that a programme exists and who its curator is.
 */
public final class ProgrammesPermissions {

    /** Open the programmes' views; the programmes listed are those the user takes part in or may read. */
    public static final String ACCESS = "programmes.access";
    /** See that a pupil has a programme and who its curator is, without its content (class teachers). */
    public static final String EXISTENCE = "programmes.existence";
    /** Draft programmes and individual plans (specialists who may be curators). */
    public static final String DRAFT = "programmes.draft";
    /** Read every programme and plan (the director and the head of service). */
    public static final String READ_ALL = "programmes.read-all";
    /**
     * Formerly: approve programmes and plans. No longer declared and no longer checked: who agrees and who approves is
     * the module's approval chains ({@code programmeApprovalChain}, {@code planApprovalChain} of
     * {@code org.opora.programmes.rules}), each step taken by the holders of its role. Kept for callers compiled
     * against it.
     */
    public static final String APPROVE = "programmes.approve";
    /** Agree individual plans as the coordinator appointed by order (001 section 8). */
    public static final String COORDINATE = "programmes.coordinate";

    private ProgrammesPermissions() {
    }
}
