package org.opora.patronage.api.team;

import java.time.LocalDate;
import java.util.List;

import org.opora.platform.api.approval.ApprovalStep;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The curators of a case, appointed by the director's order (003 sections 2.2 and 3.1): at most one internal and
 * one external curator at a time. Appointing, replacing and releasing belong to the holders of the approving role of
 * the school's chain {@code curatorOrderChain} (by default the director, not a permission); the order is
 * chosen from the core's register and, where the school requires it, cannot be left out.
 */
@ProviderType
public interface CuratorService {

    /** Every curator the case has had, the current ones first, then newest first. */
    List<Curator> curators(long caseId);

    /** Appoints a curator of a kind the case has none of today. */
    Curator appoint(long caseId, CuratorDraft draft);

    /**
     * Replaces a serving curator by order: the old term ends the day before the new one begins, with the order and
     * the reason "replaced"; the successor may be of the other kind.
     */
    Curator replace(long curatorId, long version, CuratorDraft successor);

    /** Ends a curator's term by order on the day, without a successor. */
    Curator release(long curatorId, long version, Long orderId, LocalDate on);

    /**
     * Who signs the curators' orders of the case: the approving step of the school's chain ({@code curatorOrderChain},
     * by default the director) with its position and the people holding its role; the appointment, replacement and
     * release are theirs. Read like the case.
     *
     * @since 1.1
     */
    ApprovalStep appointer(long caseId);
}
