package org.opora.teachersupport.impl.internal.rules;

import org.opora.core.api.ValidationException;
import org.opora.core.api.document.Attachment;

/**
 * An evidence file (regulation 004, 5.2: the analyses, the questionnaires' results) is not empty, has a name and is
 * not larger than the school's limit in kilobytes.
 */
public final class EvidenceFileRule {

    private final int maxKb;

    public EvidenceFileRule(int maxKb) {
        this.maxKb = Math.max(1, maxKb);
    }

    public void check(Attachment file) {
        if (file == null) {
            return;
        }
        if (file.fileName() == null || file.fileName().isBlank() || file.content().length == 0) {
            throw new ValidationException("file", "teachersupport.rule.fileEmpty");
        }
        if (file.fileName().strip().length() > 255) {
            throw new ValidationException("file", "core.error.tooLong", 255);
        }
        if (file.content().length > maxKb * 1024L) {
            throw new ValidationException("file", "teachersupport.rule.fileTooLarge", maxKb);
        }
    }
}
