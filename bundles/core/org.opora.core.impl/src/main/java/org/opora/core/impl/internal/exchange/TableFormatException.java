package org.opora.core.impl.internal.exchange;

import org.opora.core.api.CoreException;

/**
 * A file that cannot be read as a table at all (empty, not CSV or XLSX, damaged, too large). Problems of single rows
 * are not thrown but reported as {@link org.opora.core.api.exchange.ImportIssue}s of the {@link Table}.
 */
public class TableFormatException extends CoreException {

    private static final long serialVersionUID = 1L;

    /**
     * @param messageKey i18n key, {@code core.import.file.*}
     * @param params     message parameters, as text so the UI shows them as written
     */
    public TableFormatException(String messageKey, String... params) {
        super(messageKey, (Object[]) params);
    }
}
