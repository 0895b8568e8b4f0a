package org.custodian.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.custodian.model.ValidationException;
import org.xml.sax.SAXException;

/**
 * One sheet of a user's .xlsx workbook as a {@link Table}, streamed under the same limits as a returned
 * sign-off workbook ({@link WorkbookLimits}): at most 20 MB on disk, no part past 32 MB or 1:50 unpacked,
 * 100,000 rows and {@value #MAX_COLUMNS} columns. Formulas are never evaluated; a cell counts by the value
 * Excel saved with it, and a date cell reads as 2026-03-31.
 */
final class TabularWorkbook {
    static final int MAX_COLUMNS = 256;

    private TabularWorkbook() {}

    static Table read(Path file, String preferredSheet) {
        String name = String.valueOf(file.getFileName());
        checkSize(file, name);
        WorkbookLimits.apply(WorkbookLimits.MAX_ENTRY_BYTES);
        try (OPCPackage pkg = WorkbookLimits.open(file)) {
            XSSFReader reader = new XSSFReader(pkg);
            Map<String, PackagePart> sheets = WorkbookXml.sheets(reader);
            if (sheets.isEmpty()) {
                throw TabularFile.refuse(name, "the workbook has no sheet.");
            }
            String sheet = chosenSheet(sheets, preferredSheet);
            SharedStrings strings = new SharedStrings();
            WorkbookXml.parseOptional(pkg, XSSFRelation.SHARED_STRINGS, strings);
            Collector rows = new Collector(WorkbookXml.cellText(pkg, reader));
            WorkbookXml.parse(
                    sheets.get(sheet),
                    new SheetCells(rows, new SheetCells.Budget(WorkbookLimits.MAX_ROWS), strings.strings()));
            if (rows.header == null) {
                throw TabularFile.refuse(
                        name, "the sheet \"" + sheet + "\" is empty; its first row must name the columns.");
            }
            return new Table(name + " (sheet " + sheet + ")", rows.header, rows.rows);
        } catch (SheetCells.TooManyRows e) {
            throw TabularFile.refuse(
                    name, String.format(Locale.ROOT, "the sheet has more than %,d rows.", WorkbookLimits.MAX_ROWS));
        } catch (ValidationException e) {
            throw e;
        } catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
            // Whatever a damaged or hostile file makes POI or the XML parser throw ends in one clear refusal.
            throw TabularFile.refuse(name, message(e));
        }
    }

    /** The sheet named like the records being imported (as in the template), else the first one. */
    private static String chosenSheet(Map<String, PackagePart> sheets, String preferred) {
        return sheets.keySet().stream()
                .filter(s -> s.equalsIgnoreCase(preferred))
                .findFirst()
                .orElse(sheets.keySet().iterator().next());
    }

    private static String message(Exception failure) {
        if (WorkbookLimits.isZipBomb(failure)) {
            return "it unpacks to far more than a list of people or assets ever holds, so it was not read "
                    + "(it may be a \"zip bomb\"). Save the sheet as CSV and import that.";
        }
        if (failure instanceof InvalidFormatException
                || failure instanceof EncryptedDocumentException
                || failure instanceof UnsupportedFileFormatException
                || failure instanceof POIXMLException) {
            return "it is not an Excel workbook (.xlsx) Custodian can read. Save it as .xlsx or CSV and import that.";
        }
        return "it could not be read as a workbook: it may be damaged or password-protected.";
    }

    private static void checkSize(Path file, String name) {
        try {
            if (Files.size(file) > SignOffWorkbookReader.MAX_BYTES) {
                throw TabularFile.refuse(
                        name, "the workbook is larger than 20 MB; save the sheet as CSV and import that.");
            }
        } catch (IOException e) {
            throw TabularFile.refuse(name, "the file cannot be read.");
        }
    }

    /** The first row with any text is the header; blank rows are skipped; missing cells read as "". */
    private static final class Collector implements SheetCells.Rows {
        private final CellText text;
        private List<String> header;
        private final List<Table.Row> rows = new ArrayList<>();

        Collector(CellText text) {
            this.text = text;
        }

        @Override
        public boolean wants(int row, int column) {
            return column < MAX_COLUMNS;
        }

        @Override
        public void row(int row, Map<Integer, CellValue> cells) {
            int width = cells.isEmpty() ? 0 : java.util.Collections.max(cells.keySet()) + 1;
            List<String> values = new ArrayList<>(width);
            boolean any = false;
            for (int column = 0; column < width; column++) {
                String value = text.text(cells.get(column));
                values.add(value == null ? "" : value);
                any |= value != null;
            }
            if (!any) {
                return;
            }
            if (header == null) {
                header = values;
            } else {
                rows.add(new Table.Row(row + 1L, values));
            }
        }
    }
}
