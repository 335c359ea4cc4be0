package org.opora.core.impl.internal.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.persistence.TypedQuery;

import org.opora.core.api.CorePermissions;
import org.opora.core.impl.internal.rules.DocumentRules;
import org.opora.core.impl.internal.support.Guard;
import org.opora.platform.api.security.OporaUser;

/**
 * Who reads a restricted document (000 §6.1: the confidentiality of examination materials): a
 * document of a confidential type or about a pupil is read by its author (the examiner), whoever added it, and the
 * holders of {@link CorePermissions#DOCUMENT_CONFIDENTIAL} (the head of service and the director by default); a
 * document about a pupil that is not of a confidential type is also read by whoever works with the pupil through a
 * module's records (the {@link org.opora.core.api.pupil.PupilTie ties}: the curator and specialists of a programme, the
 * curators of a patronage case …); every other document by everyone with {@link CorePermissions#DOCUMENT_READ}. The
 * system reads everything.
 */
final class DocumentAccess {

    private final Optional<OporaUser> user;
    private final DocumentRules rules;
    private final Supplier<Set<Long>> ties;
    private Set<Long> tied;

    private DocumentAccess(Optional<OporaUser> user, DocumentRules rules, Supplier<Set<Long>> ties) {
        this.user = user;
        this.rules = rules;
        this.ties = ties;
    }

    /**
     * The access of the current caller.
     *
     * @param ties the pupils the caller works with through the modules' records, asked for only when needed
     */
    static DocumentAccess of(Guard guard, DocumentRules rules, Supplier<Set<Long>> ties) {
        return new DocumentAccess(guard.user(), rules, ties);
    }

    /** The access of a given user ({@code null}: the system) tied to the given pupils, for tests. */
    static DocumentAccess of(OporaUser user, DocumentRules rules, Set<Long> tied) {
        return new DocumentAccess(Optional.ofNullable(user), rules, () -> tied);
    }

    private Set<Long> tied() {
        if (tied == null) {
            tied = Set.copyOf(ties.get());
        }
        return tied;
    }

    /** Whether the caller reads every restricted document. */
    boolean readsAll() {
        return user.map(u -> u.has(CorePermissions.DOCUMENT_CONFIDENTIAL)).orElse(true);
    }

    /**
     * Whether the caller reads a document.
     *
     * @param authorLogin the login of the author's account, or {@code null}
     */
    boolean reads(String type, Long pupilId, String addedBy, String authorLogin) {
        if (!rules.restricted(type, pupilId) || readsAll()) {
            return true;
        }
        String me = user.get().username();
        return me.equals(addedBy) || me.equals(authorLogin)
                || pupilId != null && !rules.confidentialTypes().contains(type) && tied().contains(pupilId);
    }

    /** The JPQL condition on {@code d} that leaves out what the caller may not read, or empty when none is needed. */
    List<String> conditions() {
        List<String> c = new ArrayList<>();
        if (!readsAll()) {
            c.add("((d.pupil is null and d.type not in :confidentialTypes) or d.addedBy = :me"
                    + " or exists (select s.id from StaffEntity s where s = d.author and s.username = :me)"
                    + " or (d.pupil.id in :tied and d.type not in :confidentialTypes))");
        }
        return c;
    }

    /** Sets the parameters of {@link #conditions()}. */
    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        if (!readsAll()) {
            List<String> types = new ArrayList<>(rules.confidentialTypes());
            types.add(" ");   // never empty: "not in ()" is not valid SQL
            List<Long> pupils = new ArrayList<>(tied());
            pupils.add(-1L);   // never empty, as above
            query.setParameter("confidentialTypes", types).setParameter("me", user.get().username())
                    .setParameter("tied", pupils);
        }
        return query;
    }
}
