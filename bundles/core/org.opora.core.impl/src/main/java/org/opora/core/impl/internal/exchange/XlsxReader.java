package org.opora.core.impl.internal.exchange;

import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the first sheet of an XLSX workbook (Office Open XML, as Excel and LibreOffice save it). */
final class XlsxReader {

    private static final Logger LOG = LoggerFactory.getLogger(XlsxReader.class);

    /** A sheet of 20 000 rows of pupils takes a few megabytes; fifty leaves room for any honest file. */
    static final long MAX_PART = 50L * 1024 * 1024;
    /** All parts of an archive inflated in one pass, those skipped included. */
    static final long MAX_TOTAL = 4 * MAX_PART;

    private final int maxRows;

    XlsxReader(int maxRows) {
        this.maxRows = maxRows;
    }

    Table read(byte[] content) {
        ZipEntries zip = new ZipEntries(content, MAX_PART, MAX_TOTAL);
        Map<String, byte[]> parts = zip.read(Set.of(XlsxWorkbook.WORKBOOK, XlsxWorkbook.RELATIONSHIPS,
                SharedStrings.PART, CellStyles.PART));
        byte[] workbookPart = parts.get(XlsxWorkbook.WORKBOOK);
        if (workbookPart == null) {
            // another kind of ZIP: a Word or OpenDocument file, an archive of files
            throw new TableFormatException("core.import.file.noWorkbook");
        }
        try {
            XlsxWorkbook workbook = XlsxWorkbook.parse(workbookPart, parts.get(XlsxWorkbook.RELATIONSHIPS));
            List<String> strings = SharedStrings.parse(parts.get(SharedStrings.PART));
            CellStyles styles = CellStyles.parse(parts.get(CellStyles.PART));
            byte[] sheet = zip.read(Set.of(workbook.sheetPath())).get(workbook.sheetPath());
            if (sheet == null) {
                LOG.debug("Workbook names a first sheet the archive does not have");
                throw new TableFormatException("core.import.file.corrupt");
            }
            LOG.debug("XLSX: {} shared strings, sheet of {} bytes, 1904 dates: {}", strings.size(), sheet.length,
                    workbook.date1904());
            TableBuilder table = new TableBuilder(maxRows);
            new SheetReader(strings, styles, workbook.date1904()).read(sheet, table);
            return table.build();
        } catch (XMLStreamException e) {
            // the location only: a parser's message may quote the file's text
            LOG.debug("Damaged XML in XLSX at line {}, column {}",
                    e.getLocation() == null ? -1 : e.getLocation().getLineNumber(),
                    e.getLocation() == null ? -1 : e.getLocation().getColumnNumber());
            throw new TableFormatException("core.import.file.corrupt");
        }
    }
}
