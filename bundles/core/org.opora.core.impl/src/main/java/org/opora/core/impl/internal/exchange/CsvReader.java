package org.opora.core.impl.internal.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a CSV file as Excel saves it in Russia: UTF-8 ("CSV UTF-8", with a byte order mark) or Windows-1251 (plain
 * "CSV"), separated by {@code ;} (Russian regional settings) or {@code ,}. The cells are split by Apache Commons CSV
 * (RFC 4180: a cell that starts with a quote may hold separators, line breaks and doubled quotes; a quote inside an
 * unquoted cell is an ordinary character, as in Excel); this class chooses the encoding and the separator and hands
 * the rows one by one to a {@link TableBuilder}, which stops at the row cap.
 */
final class CsvReader {

    private static final Logger LOG = LoggerFactory.getLogger(CsvReader.class);
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private final int maxRows;

    CsvReader(int maxRows) {
        this.maxRows = maxRows;
    }

    Table read(byte[] content) {
        String text = decode(content);
        if (Texts.strip(text).isEmpty()) {
            throw new TableFormatException("core.import.file.empty");
        }
        if (!looksLikeText(text)) {
            throw new TableFormatException("core.import.file.notTable");
        }
        char separator = separator(text);
        LOG.debug("CSV separated by '{}', {} characters", separator, text.length());
        TableBuilder table = new TableBuilder(maxRows);
        int row = 0;
        try (CSVParser parser = CSVParser.parse(text, format(separator))) {
            Iterator<CSVRecord> records = parser.iterator();
            while (hasNext(records, row + 1)) {
                row++;
                table.add(row, cells(records.next()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table.build();
    }

    /**
     * Every line is a row, empty ones too, so that row numbers are the spreadsheet's; text after a closing quote
     * belongs to the cell, as in Excel; a quote left open fails.
     */
    private static CSVFormat format(char separator) {
        return CSVFormat.RFC4180.builder()
                .setDelimiter(separator)
                .setIgnoreEmptyLines(false)
                .setTrailingData(true)
                .setLenientEof(false)
                .get();
    }

    /**
     * With the format above the parser fails only at the end of the text inside an open quote, which is in the row
     * being read.
     */
    private static boolean hasNext(Iterator<CSVRecord> records, int row) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CSVException) {
                throw new TableFormatException("core.import.file.unterminatedQuote", String.valueOf(row));
            }
            throw e;
        }
    }

    /** A quoted line break written as CRLF is one line break in the cell. */
    private static List<String> cells(CSVRecord record) {
        List<String> cells = new ArrayList<>(record.size());
        for (String value : record) {
            cells.add(value.indexOf('\r') < 0 ? value : value.replace("\r\n", "\n"));
        }
        return cells;
    }

    /** {@code ;} or {@code ,}, whichever the header line has more of outside quotes; {@code ;} when equal. */
    static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }

    /**
     * UTF-8 when the bytes are valid UTF-8, which text in Windows-1251 practically never is; otherwise Windows-1251,
     * the encoding Excel uses for "CSV" on Russian Windows.
     */
    static String decode(byte[] content) {
        byte[] bytes = content;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            bytes = Arrays.copyOfRange(bytes, 3, bytes.length);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            LOG.debug("Not UTF-8, reading as windows-1251");
            return new String(bytes, WINDOWS_1251);
        }
    }

    /**
     * Binary files (a PDF, a picture, a Word document) decode as Windows-1251 without error, so they are told apart
     * by the control characters text files do not contain.
     */
    static boolean looksLikeText(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return false;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                controls++;
            }
        }
        return controls * 100L <= text.length();
    }
}
