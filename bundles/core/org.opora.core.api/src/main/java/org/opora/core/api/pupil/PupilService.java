package org.opora.core.api.pupil;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Pupils. Every method checks the caller's permissions ({@code core.pupil.*}); opening a card is audited. Pupils are
 * never deleted: one who leaves is archived.
 */
@ProviderType
public interface PupilService {

    /** A page of pupils matching the query, ordered by class and name. */
    List<Pupil> find(PupilQuery query, int offset, int limit);

    int count(PupilQuery query);

    /** The core data of one pupil, for other modules' headers and lists; not audited. */
    Pupil get(long pupilId);

    /** The pupil card; the read is audited. */
    PupilCard card(long pupilId);

    /**
     * When the pupil is expected to finish school: the last day of lessons (25 May) of the academic year in which
     * their grade this year reaches the school's highest grade. Empty for a pupil who left, who has no class this
     * year, or whom the caller may not read.
     *
     * @since 1.1
     */
    Optional<LocalDate> expectedGraduation(long pupilId);

    /** Whether the current user may edit the pupil (any pupil, or a pupil of their own class). */
    boolean canEdit(long pupilId);

    /**
     * Checks a draft as {@link #create} and {@link #update} would, writing nothing: a form shows every objection at
     * once, also while fields it requires itself are still empty.
     *
     * @throws org.opora.core.api.ValidationException (with every field's objection) for what the rules refuse
     * @since 1.1
     */
    void check(PupilDraft draft);

    Pupil create(PupilDraft draft);

    Pupil update(long pupilId, long version, PupilDraft draft);

    Representative addRepresentative(long pupilId, RepresentativeDraft draft);

    Representative updateRepresentative(long representativeId, long version, RepresentativeDraft draft);

    void removeRepresentative(long representativeId);

    /**
     * Sets a status flag from a day; a flag already applying is refused.
     *
     * @throws org.opora.core.api.ValidationException for an unknown flag, a future day or a flag already set
     */
    FlagPeriod setFlag(long pupilId, String flag, LocalDate on, String note);

    /** Clears an applying flag on a day, closing its period; the history stays. */
    FlagPeriod clearFlag(long pupilId, String flag, LocalDate on);

    /** Archives a pupil who left the school on the day, with the reason (transfer, graduation …). */
    void archive(long pupilId, LocalDate leftOn, String reason);

    /** Brings an archived pupil back into a class of the current year. */
    void restore(long pupilId, long classId);

    /** The current pupils of a class, by name. */
    List<Pupil> ofClass(long classId);
}
