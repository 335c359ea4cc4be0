package org.opora.consilium.impl.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.opora.consilium.api.Decisions;
import org.opora.consilium.api.meeting.Shortfall;
import org.opora.core.api.ValidationException;

/**
 * What a protocol needs before it is finalised (regulation 002, "Poryadok provedeniya konsiliuma" and the protocol
 * records "decisions and recommendations per pupil", plus the settings {@code parentsMustBeInvited} and
 * {@code requiredTypes}): a chair and a secretary, at least one pupil, a decision for every pupil with what that
 * decision requires (a curator for a new programme, the body for an external referral, a later date for a review),
 * invited parents, the required specialists among the participants, the collegial conclusion, and a meeting that
 * has taken place. The shortfalls come in a stable order: header, then every pupil in agenda order, then the
 * participants, the conclusion and the date.
 */
public final class ProtocolReadiness {

    /** One pupil's part of the protocol. */
    public record Item(String pupilName, List<String> decisions, Long curatorId, String externalReferral,
            LocalDate reviewBy, int invitedParents) {

        public Item {
            decisions = List.copyOf(decisions);
            externalReferral = externalReferral == null ? "" : externalReferral;
        }
    }

    /**
     * The protocol as the rule sees it.
     *
     * @param participantTypes specialist types of the staff participants who were not marked absent
     */
    public record Protocol(Long chairId, Long secretaryId, LocalDate date, String conclusion, List<Item> items,
            Set<String> participantTypes) {

        public Protocol {
            conclusion = conclusion == null ? "" : conclusion;
            items = List.copyOf(items);
            participantTypes = Set.copyOf(participantTypes);
        }
    }

    private static final Map<String, String> FIELDS = Map.of(
            "consilium.error.noChair", "chairId",
            "consilium.error.noSecretary", "secretaryId",
            "consilium.error.noDecision", "decisions",
            "consilium.error.noCurator", "curatorId",
            "consilium.error.noExternalReferral", "externalReferral",
            "consilium.error.noReviewBy", "reviewBy",
            "consilium.error.reviewByNotAfter", "reviewBy",
            "consilium.error.noConclusion", "conclusion",
            "consilium.error.meetingInFuture", "date");

    private final boolean parentsMustBeInvited;
    private final List<String> requiredTypes;
    private final Function<String, String> typeLabel;

    /**
     * @param typeLabel the label of a specialist type in the user's language, for the message
     */
    public ProtocolReadiness(boolean parentsMustBeInvited, List<String> requiredTypes,
            Function<String, String> typeLabel) {
        this.parentsMustBeInvited = parentsMustBeInvited;
        this.requiredTypes = List.copyOf(requiredTypes);
        this.typeLabel = typeLabel;
    }

    /** Everything missing; empty when the protocol can be finalised. */
    public List<Shortfall> shortfalls(Protocol p, LocalDate today) {
        List<Shortfall> found = new ArrayList<>();
        if (p.chairId() == null) {
            found.add(Shortfall.of("consilium.error.noChair"));
        }
        if (p.secretaryId() == null) {
            found.add(Shortfall.of("consilium.error.noSecretary"));
        }
        if (p.items().isEmpty()) {
            found.add(Shortfall.of("consilium.error.noItems"));
        }
        for (Item item : p.items()) {
            found.addAll(outcomeShortfalls(item, p.date()));
            if (parentsMustBeInvited && item.invitedParents() == 0) {
                found.add(Shortfall.of("consilium.error.noParentInvited", item.pupilName()));
            }
        }
        for (String type : requiredTypes) {
            if (!p.participantTypes().contains(type)) {
                found.add(Shortfall.of("consilium.error.missingType", typeLabel.apply(type)));
            }
        }
        if (p.conclusion().isBlank()) {
            found.add(Shortfall.of("consilium.error.noConclusion"));
        }
        if (p.date() != null && p.date().isAfter(today)) {
            found.add(Shortfall.of("consilium.error.meetingInFuture"));
        }
        return found;
    }

    /**
     * What one pupil's outcome lacks: a decision, and what the decisions taken require. Also checked when a
     * finalised outcome is amended, so that an amendment cannot leave the protocol incomplete.
     */
    public static List<Shortfall> outcomeShortfalls(Item item, LocalDate meetingDate) {
        List<Shortfall> found = new ArrayList<>();
        String pupil = item.pupilName();
        if (item.decisions().isEmpty()) {
            found.add(Shortfall.of("consilium.error.noDecision", pupil));
        }
        if (item.decisions().contains(Decisions.PROGRAMME_OPEN) && item.curatorId() == null) {
            found.add(Shortfall.of("consilium.error.noCurator", pupil));
        }
        if (item.decisions().contains(Decisions.REFER_EXTERNAL) && item.externalReferral().isBlank()) {
            found.add(Shortfall.of("consilium.error.noExternalReferral", pupil));
        }
        if (item.decisions().contains(Decisions.REVIEW_AGAIN)) {
            if (item.reviewBy() == null) {
                found.add(Shortfall.of("consilium.error.noReviewBy", pupil));
            } else if (meetingDate != null && !item.reviewBy().isAfter(meetingDate)) {
                found.add(Shortfall.of("consilium.error.reviewByNotAfter", pupil));
            }
        }
        return found;
    }

    /** The form field a shortfall belongs to; empty for the protocol as a whole. */
    public static String field(Shortfall s) {
        return FIELDS.getOrDefault(s.messageKey(), "");
    }

    /** @throws ValidationException with the first shortfall, if any */
    public static void requireNone(List<Shortfall> shortfalls) {
        if (!shortfalls.isEmpty()) {
            Shortfall first = shortfalls.get(0);
            throw new ValidationException(field(first), first.messageKey(), first.params().toArray());
        }
    }
}
