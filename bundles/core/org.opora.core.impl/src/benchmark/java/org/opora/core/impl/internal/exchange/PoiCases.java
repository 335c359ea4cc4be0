package org.opora.core.impl.internal.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/** The same work done with Apache POI 5.5.1, each in the way its documentation recommends. */
final class PoiCases {

    private PoiCases() {
    }

    /** SXSSF: rows beyond a window of 100 go to a temporary file on disk. */
    static byte[] writeStreaming(List<String> header, List<List<String>> rows) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            return write(workbook, header, rows);
        } finally {
            workbook.dispose();
        }
    }

    /** XSSF: the whole workbook as XMLBeans objects in memory. */
    static byte[] writeWorkbook(List<String> header, List<List<String>> rows) {
        return write(new XSSFWorkbook(), header, rows);
    }

    private static byte[] write(Workbook workbook, List<String> header, List<List<String>> rows) {
        try (workbook) {
            Sheet sheet = workbook.createSheet("Pupils");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                Cell cell = first.createCell(c);
                cell.setCellValue(header.get(c));
                cell.setCellStyle(headerStyle);
            }
            sheet.createFreezePane(0, 1);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** XSSF usermodel: the workbook loaded whole, cells formatted as Excel shows them. */
    static List<List<String>> readWorkbook(byte[] file) {
        DataFormatter formatter = new DataFormatter();
        List<List<String>> rows = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(formatter.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The event API: the sheet parsed by SAX, shared strings read only, cells formatted. */
    static List<List<String>> readStreaming(byte[] file) {
        List<List<String>> rows = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(file))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Collector(rows),
                        new DataFormatter(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    /** Whether POI reads from the file the same header and cells as the own reader. */
    static boolean sameCells(byte[] file, Table own) {
        List<List<String>> poi = readWorkbook(file);
        List<List<String>> expected = new ArrayList<>();
        expected.add(own.header());
        expected.addAll(own.rows());
        return poi.equals(expected) && readStreaming(file).equals(expected);
    }

    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final List<List<String>> rows;
        private List<String> row;

        Collector(List<List<String>> rows) {
            this.rows = rows;
        }

        @Override
        public void startRow(int rowNum) {
            row = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            rows.add(row);
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            while (row.size() < column) {
                row.add("");
            }
            row.add(formattedValue);
        }
    }
}
