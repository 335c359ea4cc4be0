package org.opora.consilium.api;

/**
 * The permissions opora-consilium declares. Who may see and edit a meeting is decided by the consilium's composition
 * (members on the meeting's day), the meeting's own participants and {@link #MEETING_READ_ALL}; the permissions
 * below open the views and the actions.
 */
public final class ConsiliumPermissions {

    /** Open the consilium's views; the meetings listed are those the user takes part in or may read. */
    public static final String ACCESS = "consilium.access";
    /** File a referral about a pupil showing signs that need attention (teachers, class teachers, specialists). */
    public static final String REFERRAL_FILE = "consilium.referral.file";
    /** The administration: see every referral, acknowledge it, assign the psychologist who examines the pupil. */
    public static final String REFERRAL_RECEIVE = "consilium.referral.receive";
    /** Record the additional examination and its conclusion (the educational psychologist). */
    public static final String REFERRAL_EXAMINE = "consilium.referral.examine";
    /** Read every meeting and protocol without being a member (the director and the head of service). */
    public static final String MEETING_READ_ALL = "consilium.meeting.read-all";
    /** Create meetings and keep their protocols, in addition to the chair, deputy chair and secretary. */
    public static final String MEETING_MANAGE = "consilium.meeting.manage";

    private ConsiliumPermissions() {
    }
}
