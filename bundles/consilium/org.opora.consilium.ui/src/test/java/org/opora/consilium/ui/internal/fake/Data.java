package org.opora.consilium.ui.internal.fake;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.opora.consilium.api.ConsiliumSettings;
import org.opora.consilium.api.referral.Referral;
import org.opora.consilium.api.referral.ReferralStatus;
import org.opora.core.api.ListItem;
import org.opora.core.api.PersonName;
import org.opora.core.api.Sex;
import org.opora.core.api.pupil.Pupil;
import org.opora.core.api.staff.StaffMember;
import org.opora.platform.api.security.OporaUser;
import org.opora.platform.api.security.SecurityContext;

/** Records the consilium's view tests show, and the signed-in user with the permissions a test gives. */
public final class Data {

    public static final LocalDate FILED_ON = LocalDate.of(2026, 10, 5);
    public static final ListItem ANXIETY = new ListItem("anxiety", "Anxiety");
    public static final ListItem CONFLICTS = new ListItem("conflicts", "Conflicts");

    private Data() {
    }

    /** The settings: two signs, two decision types, an order required or not. */
    public static ConsiliumSettings settings(boolean orderRequired) {
        return new ConsiliumSettings("consilium", orderRequired, true, 5, List.of("psychologist"),
                List.of(ANXIETY, CONFLICTS), List.of(),
                List.of(new ListItem("recommendations", "Recommendations"), new ListItem("review-again", "Review")));
    }

    public static Pupil pupil(long id, String surname) {
        return new Pupil(id, new PersonName(surname, "Ivan", "Petrovich"), LocalDate.of(2013, 5, 1), Sex.MALE, 5L,
                "7B", 7L, "Morozova Anna", false, 1);
    }

    public static StaffMember staff(long id, String surname) {
        return new StaffMember(id, new PersonName(surname, "Olga", "Petrovna"), "psychologist",
                List.of("psychologist"), surname.toLowerCase(Locale.ROOT), "", "", true, 1);
    }

    /** A referral by the teacher {@code teacher} about Ivanov, in the status, with or without the findings. */
    public static Referral referral(long id, ReferralStatus status, boolean findingsVisible) {
        boolean examined = status != ReferralStatus.FILED && status != ReferralStatus.WITHDRAWN;
        boolean onAgenda = status == ReferralStatus.SCHEDULED || status == ReferralStatus.DISCUSSED;
        return new Referral(id, 1, "Ivanov Ivan Petrovich", "7B", FILED_ON, "teacher", "Morozova Anna",
                FILED_ON.minusDays(1), List.of("anxiety"), "Cries in class", status, null, "", null, "",
                examined ? FILED_ON.plusDays(2) : null, findingsVisible && examined ? "Secret findings" : "",
                onAgenda ? 9L : null, onAgenda ? "3" : "", onAgenda ? FILED_ON.plusDays(10) : null, "",
                findingsVisible, 4);
    }

    /** The signed-in user {@code login} holding exactly these permissions. */
    public static SecurityContext user(String login, String... permissions) {
        OporaUser user = new OporaUser(login, login, Set.of(), Set.of(permissions), Locale.ENGLISH);
        return () -> Optional.of(user);
    }
}
