package org.opora.core.impl.internal.rules;

/**
 * The direction of work (000 §3) of a document of the register whose author gave none, by its type: examination
 * materials are diagnostics, a support programme correctional-developmental work, and every other document of the
 * service (plans, schedules, reports, job descriptions, the consilium's papers, certificates) organisational-
 * methodological work, which 000 §3 names as the planning and reporting of the service. Documents registered before
 * the direction was kept got theirs the same way (changeset {@code core-8-document-direction}).
 */
public final class DocumentDirections {

    private DocumentDirections() {
    }

    /** The code of the core's list of directions for a document type's code. */
    public static String byType(String type) {
        return switch (type == null ? "" : type) {
            case "examination" -> "diagnostics";
            case "programme" -> "correction";
            default -> "methodology";
        };
    }
}
