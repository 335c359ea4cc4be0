package org.opora.teachersupport.impl.internal.rules;

import org.opora.core.api.ValidationException;
import org.opora.teachersupport.api.record.SupportStatus;

/**
 * The lifecycle of a support record (regulation 004, 5.1 to 5.3): opened by the decision to support; in progress from
 * the first diagnosis, route, checkpoint, help or evidence recorded; concluded when the general conclusion is signed
 * (5.3: "after the programme of support is completed … a general conclusion is given"), which is possible from either
 * earlier state, since the conclusion also records why a support did not take place (5.4, item 3). A concluded
 * record takes nothing more.
 */
public final class Lifecycle {

    private Lifecycle() {
    }

    /** The state after work was recorded on a record in {@code current}. */
    public static SupportStatus afterWork(SupportStatus current) {
        if (current == SupportStatus.CONCLUDED) {
            throw new ValidationException("", "teachersupport.error.concluded");
        }
        return SupportStatus.IN_PROGRESS;
    }

    /** The state after the conclusion was signed on a record in {@code current}. */
    public static SupportStatus afterSigning(SupportStatus current) {
        if (current == SupportStatus.CONCLUDED) {
            throw new ValidationException("", "teachersupport.error.concluded");
        }
        return SupportStatus.CONCLUDED;
    }
}
