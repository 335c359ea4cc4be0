package org.opora.consilium.impl.internal.rules;

/**
 * Who sees a referral and the examination's findings (regulation 002 and the confidentiality of examination
 * materials, 000 section 6.1). The findings and the true status: the examiners ({@code referral.examine}),
 * {@code meeting.read-all} and the consilium's members today. Every referral: those and the administration
 * ({@code referral.receive}, without the findings unless also in the first group). The teacher who filed it sees
 * their own. Nobody else.
 *
 * @param system      no signed-in user: the platform itself
 * @param login       the user's login
 * @param receive     holds {@code consilium.referral.receive}
 * @param examine     holds {@code consilium.referral.examine}
 * @param readAll     holds {@code consilium.meeting.read-all}
 * @param memberToday is a member of the consilium today
 */
public record ReferralVisibility(boolean system, String login, boolean receive, boolean examine, boolean readAll,
        boolean memberToday) {

    /** Whether the findings and the true status are shown. */
    public boolean findings() {
        return system || examine || readAll || memberToday;
    }

    /** Whether every referral is visible. */
    public boolean seesAll() {
        return findings() || receive;
    }

    /** Whether the referral filed by that login is visible. */
    public boolean sees(String filedBy) {
        return seesAll() || (login != null && login.equals(filedBy));
    }
}
