package org.opora.core.impl.internal.exchange;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a CSV file as Excel saves it in Russia: UTF-8 ("CSV UTF-8", with a byte order mark) or Windows-1251 (plain
 * "CSV"), separated by {@code ;} (Russian regional settings) or {@code ,}.
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
        char separator = CsvParser.separator(text);
        LOG.debug("CSV separated by '{}', {} characters", separator, text.length());
        TableBuilder table = new TableBuilder(maxRows);
        new CsvParser(text, separator).parse(table::add);
        return table.build();
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
