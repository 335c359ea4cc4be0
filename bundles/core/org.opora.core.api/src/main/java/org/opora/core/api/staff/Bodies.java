package org.opora.core.api.staff;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The built-in codes of the functional bodies and of the roles in them (000 section 4, regulation 002), and what
 * the built-in roles mean: the one place that names them. The lists a school works with are configured in the core
 * ({@code org.opora.core.lists}: {@code bodies}, {@code bodyRoles}; {@code org.opora.core.bodyroles}:
 * {@code bodyRoleMeanings}) and default to these codes; code that decides by a role asks the core's
 * {@link BodyRoles} service, which knows a school's own roles (1.2). Which body is the consilium is the consilium's
 * setting, published as {@code org.opora.consilium.api.ConsiliumOfficers}.
 */
public final class Bodies {

    /** The default code of the psychological-pedagogical consilium (PPk) among the bodies. */
    public static final String CONSILIUM = "consilium";

    /** The chair of a body: one at a time; the consilium's chair appoints curators and signs programmes. */
    public static final String CHAIR = "chair";
    /** The deputy chair, who stands in for the chair. */
    public static final String DEPUTY_CHAIR = "deputy-chair";
    /** The secretary: one at a time; keeps the meetings' records. */
    public static final String SECRETARY = "secretary";
    /** An ordinary member. */
    public static final String MEMBER = "member";

    /** The built-in roles, the chair first. */
    public static final List<String> ROLES = List.of(CHAIR, DEPUTY_CHAIR, SECRETARY, MEMBER);

    /** What the built-in roles mean: the default of the setting {@code bodyRoleMeanings} (1.2). */
    public static final Map<String, BodyRoleMeaning> MEANINGS = Map.of(CHAIR, BodyRoleMeaning.CHAIR, DEPUTY_CHAIR,
            BodyRoleMeaning.DEPUTY, SECRETARY, BodyRoleMeaning.SECRETARY, MEMBER, BodyRoleMeaning.MEMBER);

    private static final Set<String> KEEPERS = Set.of(CHAIR, DEPUTY_CHAIR, SECRETARY);
    private static final Set<String> SINGLE = Set.of(CHAIR, SECRETARY);

    private Bodies() {
    }

    /** The built-in roles with their meanings, labelled by their codes: for tests and code without the core (1.2). */
    public static BodyRoles builtIn() {
        return fixed(ROLES, MEANINGS);
    }

    /**
     * Roles of the given codes, in order, with the given meanings (a code missing from the map is a member),
     * labelled by their codes (1.2).
     */
    public static BodyRoles fixed(List<String> codes, Map<String, BodyRoleMeaning> meanings) {
        return new Fixed(List.copyOf(codes), new LinkedHashMap<>(meanings));
    }

    private record Fixed(List<String> codes, Map<String, BodyRoleMeaning> meanings) implements BodyRoles {

        @Override
        public BodyRoleMeaning meaning(String code) {
            BodyRoleMeaning m = code == null ? null : meanings.get(code);
            return m == null ? BodyRoleMeaning.MEMBER : m;
        }

        @Override
        public List<BodyRole> roles(Locale locale) {
            return codes.stream().map(c -> new BodyRole(c, c, meaning(c))).toList();
        }
    }

    /**
     * Whether the role keeps a body's meetings and records: chair, deputy chair or secretary.
     *
     * @deprecated knows the built-in codes only; ask {@link BodyRoles#keeps(String)}
     */
    @Deprecated
    public static boolean keeps(String role) {
        return role != null && KEEPERS.contains(role);
    }

    /**
     * Whether a body has at most one holder of the role at a time: chair and secretary.
     *
     * @deprecated knows the built-in codes only; ask {@link BodyRoles#single(String)}
     */
    @Deprecated
    public static boolean single(String role) {
        return role != null && SINGLE.contains(role);
    }

    /**
     * The holder of a role code among memberships on the day, if any (for a single role, the one).
     *
     * @deprecated compares codes; ask {@link BodyRoles#holder(Collection, BodyRoleMeaning, LocalDate)}
     */
    @Deprecated
    public static Optional<BodyMember> holder(Collection<BodyMember> members, String role, LocalDate day) {
        return members.stream().filter(m -> m.role().equals(role) && m.activeOn(day)).findFirst();
    }

    /** Whether one of the memberships (any role) is active on the day. */
    public static boolean memberOn(Collection<BodyMember> memberships, LocalDate day) {
        return day != null && memberships.stream().anyMatch(m -> m.activeOn(day));
    }

    /**
     * Whether one of the memberships holds the role code on the day.
     *
     * @deprecated compares codes; ask {@link BodyRoles#holdsOn(Collection, BodyRoleMeaning, LocalDate)}
     */
    @Deprecated
    public static boolean holdsOn(Collection<BodyMember> memberships, String role, LocalDate day) {
        return day != null && memberships.stream().anyMatch(m -> m.activeOn(day) && m.role().equals(role));
    }

    /**
     * Whether one of the memberships is of a keeping role on the day.
     *
     * @deprecated knows the built-in codes only; ask {@link BodyRoles#keeperOn(Collection, LocalDate)}
     */
    @Deprecated
    public static boolean keeperOn(Collection<BodyMember> memberships, LocalDate day) {
        return day != null && memberships.stream().anyMatch(m -> m.activeOn(day) && keeps(m.role()));
    }
}
