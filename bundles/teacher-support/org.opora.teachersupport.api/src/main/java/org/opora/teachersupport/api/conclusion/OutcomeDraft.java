package org.opora.teachersupport.api.conclusion;

/**
 * The row of the conclusion's table for one problem (regulation 004, 5.4) to write.
 *
 * @param before      the state of the problem before the support, required before signing
 * @param after       its state after the support, required before signing
 * @param method      the method of diagnosing the results, may be empty
 * @param conclusions the conclusions, may be empty
 */
public record OutcomeDraft(String before, String after, String method, String conclusions) {

    public OutcomeDraft {
        before = before == null ? "" : before.strip();
        after = after == null ? "" : after.strip();
        method = method == null ? "" : method.strip();
        conclusions = conclusions == null ? "" : conclusions.strip();
    }
}
