package org.opora.core.api.staff;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The roles of the functional bodies as the school configured them (the core list {@code bodyRoles}) with their
 * meanings (the core setting {@code bodyRoleMeanings}), read on every call so that a change in Settings applies at
 * once. Every module asks this rather than comparing role codes: a school may call its chair {@code head} or add a
 * role of its own. A code without a configured meaning, or unknown, means {@link BodyRoleMeaning#MEMBER}. The core
 * registers it as a service; {@link Bodies#builtIn()} gives the built-in roles, e.g. for tests.
 */
@ProviderType
public interface BodyRoles {

    /** The meaning of a role code; {@link BodyRoleMeaning#MEMBER} for a code without one, unknown, or null. */
    BodyRoleMeaning meaning(String code);

    /** The configured role codes in the configured order (as the list {@code bodyRoles} names them). */
    List<String> codes();

    /** The configured roles in their order, labelled in the language (a missing text shows the code). */
    List<BodyRole> roles(Locale locale);

    /** The configured codes of the meaning, in order; for the chair and the secretary at most one. */
    default List<String> codes(BodyRoleMeaning meaning) {
        return codes().stream().filter(c -> meaning(c) == meaning).toList();
    }

    /** The first configured code of the meaning, e.g. the code of the chair. */
    default Optional<String> code(BodyRoleMeaning meaning) {
        return codes(meaning).stream().findFirst();
    }

    /** The role's label in the language; the code itself when it is not configured. */
    default String label(String code, Locale locale) {
        return roles(locale).stream().filter(r -> r.code().equals(code)).map(BodyRole::label).findFirst()
                .orElse(code);
    }

    /** Whether the role code means the meaning. */
    default boolean is(String code, BodyRoleMeaning meaning) {
        return meaning(code) == meaning;
    }

    /** Whether holders of the role keep the body's meetings and records (chair, deputy, secretary). */
    default boolean keeps(String code) {
        return meaning(code).keeps();
    }

    /** Whether the body has at most one holder of the role at a time (chair, secretary). */
    default boolean single(String code) {
        return meaning(code).single();
    }

    /** The holder of a role of the meaning among memberships on the day, if any (for a single one, the one). */
    default Optional<BodyMember> holder(Collection<BodyMember> members, BodyRoleMeaning meaning, LocalDate day) {
        return members.stream().filter(m -> is(m.role(), meaning) && m.activeOn(day)).findFirst();
    }

    /** Whether one of the memberships holds a role of the meaning on the day. */
    default boolean holdsOn(Collection<BodyMember> memberships, BodyRoleMeaning meaning, LocalDate day) {
        return day != null && memberships.stream().anyMatch(m -> m.activeOn(day) && is(m.role(), meaning));
    }

    /** Whether one of the memberships is of a keeping role on the day. */
    default boolean keeperOn(Collection<BodyMember> memberships, LocalDate day) {
        return day != null && memberships.stream().anyMatch(m -> m.activeOn(day) && keeps(m.role()));
    }
}
