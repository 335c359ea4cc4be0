package org.opora.core.api.exchange;

import java.util.List;

import org.opora.core.api.CoreException;
import org.osgi.annotation.versioning.ProviderType;

/** An import refused as a whole: nothing was stored. */
@ProviderType
public class ImportRejectedException extends CoreException {

    private static final long serialVersionUID = 1L;

    private final transient List<ImportIssue> issues;

    public ImportRejectedException(List<ImportIssue> issues) {
        super("core.import.rejected", issues.size());
        this.issues = List.copyOf(issues);
    }

    public List<ImportIssue> issues() {
        return issues;
    }
}
