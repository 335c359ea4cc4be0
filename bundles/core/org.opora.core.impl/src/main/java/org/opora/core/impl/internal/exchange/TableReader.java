package org.opora.core.impl.internal.exchange;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an uploaded import file into a {@link Table}. The format is told by the content, not by the file's name: an
 * XLSX workbook is a ZIP archive; anything else that is text is read as CSV.
 */
public final class TableReader {

    /** Rows read at most by default; a school has fewer pupils, and the cap bounds the memory a file can take. */
    public static final int DEFAULT_MAX_ROWS = 20_000;

    private static final Logger LOG = LoggerFactory.getLogger(TableReader.class);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    /** OLE2 compound files: Excel 97-2003 workbooks, and XLSX workbooks encrypted with a password. */
    private static final byte[] OLE_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private final int maxRows;

    public TableReader() {
        this(DEFAULT_MAX_ROWS);
    }

    /** @param maxRows data rows (header not counted) a file may have */
    public TableReader(int maxRows) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be positive: " + maxRows);
        }
        this.maxRows = maxRows;
    }

    /**
     * Reads a file.
     *
     * @param fileName the name the file was uploaded with; only its extension is logged, to tell a misnamed file
     * @param content  the file's bytes
     * @return the header and the data rows, with problems of single rows
     * @throws TableFormatException when the file cannot be read as a table; its key is one of
     *                              {@code core.import.file.*}
     */
    public Table read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new TableFormatException("core.import.file.empty");
        }
        String extension = extension(fileName);
        if (startsWith(content, ZIP_MAGIC)) {
            LOG.debug("Reading {} bytes as XLSX (extension '{}')", content.length, extension);
            return new XlsxReader(maxRows).read(content);
        }
        if (startsWith(content, OLE_MAGIC)) {
            LOG.debug("Refusing an OLE2 file of {} bytes (extension '{}')", content.length, extension);
            throw new TableFormatException("core.import.file.oldExcel");
        }
        LOG.debug("Reading {} bytes as CSV (extension '{}')", content.length, extension);
        return new CsvReader(maxRows).read(content);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** The extension alone: the rest of a file name may be a pupil's name, which stays out of the log. */
    private static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return extension.length() <= 5 && extension.chars().allMatch(Character::isLetterOrDigit) ? extension : "?";
    }
}
