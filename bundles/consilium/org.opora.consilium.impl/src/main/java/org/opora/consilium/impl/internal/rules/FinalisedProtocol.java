package org.opora.consilium.impl.internal.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.opora.consilium.api.meeting.MeetingStatus;
import org.opora.consilium.api.meeting.Outcome;
import org.opora.core.api.ValidationException;

/**
 * A finalised protocol is a signed document (regulation 002: the protocol records the decisions; a support
 * programme cites it by number and date): it is not edited any more. A correction is an explicit amendment with a
 * reason, which records what changed and the previous text. A cancelled meeting is not edited either.
 */
public final class FinalisedProtocol {

    /** Longest reason of an amendment. */
    public static final int MAX_REASON = 1000;
    /** Longest stored description of a change. */
    public static final int MAX_CHANGE = 8000;

    private FinalisedProtocol() {
    }

    /** @throws ValidationException {@code consilium.error.finalised} or {@code consilium.error.cancelled} */
    public static void requireChangeable(MeetingStatus status) {
        if (status == MeetingStatus.FINALISED) {
            throw new ValidationException("", "consilium.error.finalised");
        }
        if (status == MeetingStatus.CANCELLED) {
            throw new ValidationException("", "consilium.error.cancelled");
        }
    }

    /**
     * An amendment: only of a finalised protocol, only with a reason.
     *
     * @return the reason, stripped
     */
    public static String requireAmendable(MeetingStatus status, String reason) {
        requireFinalised(status);
        return reason(reason);
    }

    /** @throws ValidationException {@code consilium.error.notFinalised} unless the protocol is finalised */
    public static void requireFinalised(MeetingStatus status) {
        if (status != MeetingStatus.FINALISED) {
            throw new ValidationException("", "consilium.error.notFinalised");
        }
    }

    /**
     * The reason of an amendment, stripped; refused on the field {@code reason} when empty or longer than
     * {@value #MAX_REASON} characters.
     */
    public static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("reason", "consilium.error.amendment.reason");
        }
        String r = reason.strip();
        if (r.length() > MAX_REASON) {
            throw new ValidationException("reason", "core.error.tooLong", MAX_REASON);
        }
        return r;
    }

    /** The change of the collegial conclusion, with the previous text. */
    public static String conclusionChange(String before, String after) {
        List<String> lines = new ArrayList<>();
        compare(lines, "conclusion", before, after);
        return describe(lines);
    }

    /** The changed fields of a pupil's outcome (record component names), each with its previous value. */
    public static String outcomeChange(Outcome before, Outcome after) {
        List<String> lines = new ArrayList<>();
        compare(lines, "problems", before.problems(), after.problems());
        compare(lines, "goal", before.goal(), after.goal());
        compare(lines, "tasks", before.tasks(), after.tasks());
        compare(lines, "resources", before.resources(), after.resources());
        compare(lines, "decisions", String.join(", ", before.decisions()), String.join(", ", after.decisions()));
        compare(lines, "decisionText", before.decisionText(), after.decisionText());
        compare(lines, "teacherRecommendations", before.teacherRecommendations(), after.teacherRecommendations());
        compare(lines, "parentRecommendations", before.parentRecommendations(), after.parentRecommendations());
        compare(lines, "externalReferral", before.externalReferral(), after.externalReferral());
        compare(lines, "curatorId", text(before.curatorId()), text(after.curatorId()));
        compare(lines, "reviewBy", text(before.reviewBy()), text(after.reviewBy()));
        return describe(lines);
    }

    private static void compare(List<String> lines, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            lines.add(field + ": " + before);
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** @throws ValidationException {@code consilium.error.amendment.nothing} when nothing changed */
    private static String describe(List<String> lines) {
        if (lines.isEmpty()) {
            throw new ValidationException("", "consilium.error.amendment.nothing");
        }
        String change = String.join("\n", lines);
        return change.length() <= MAX_CHANGE ? change : change.substring(0, MAX_CHANGE - 1) + "\u2026";
    }
}
