package org.custodian.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.custodian.model.ValidationException;
import org.custodian.model.Violation;
import org.xml.sax.SAXException;

/**
 * Reads the workbook {@code export inventory} writes, after a user edited it in Excel or LibreOffice, into
 * the same {@link InventoryContent} as the CSV set: one sheet per record type (see {@link InventorySheets}),
 * columns found by their headers, dates as written. The sheets are streamed (SAX), never loaded whole, under
 * {@link WorkbookLimits}: files over {@value #MAX_MB} MB are refused first, a part that unpacks past
 * {@value #MAX_ENTRY_MB} MB or 1:50 is refused as a zip bomb, and reading stops after {@value #MAX_ROWS}
 * rows in all. No DTD is read (so no external entity), and no formula is evaluated.
 */
public final class InventoryWorkbookReader {
    static final int MAX_MB = 64;
    public static final long MAX_BYTES = MAX_MB * 1024L * 1024;
    /** An inventory of about 25,000 assets with its history; larger ones are imported as the CSV set. */
    public static final int MAX_ROWS = 300_000;

    static final int MAX_ENTRY_MB = 256;

    private InventoryWorkbookReader() {}

    /** Whether a SOURCE of {@code import inventory} names a workbook rather than the CSV set. */
    public static boolean isWorkbook(Path source) {
        return source.getFileName() != null
                && source.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /** Where the rows of a CSV file of the set are in the workbook, for messages: "sheet People". */
    public static String where(String csvFile) {
        return InventorySheet.where(InventorySheets.of(csvFile));
    }

    public static InventoryContent read(Path file) {
        checkSize(file);
        WorkbookLimits.apply(MAX_ENTRY_MB * 1024L * 1024);
        String name = String.valueOf(file.getFileName());
        try (OPCPackage pkg = WorkbookLimits.open(file)) {
            return read(pkg, new XSSFReader(pkg), name);
        } catch (SheetCells.TooManyRows e) {
            throw refuse(tooManyRows(name));
        } catch (ValidationException e) {
            throw e;
        } catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
            Throwable cause = e instanceof UncheckedIOException || e instanceof SheetFailure ? e.getCause() : e;
            if (cause instanceof SheetCells.TooManyRows) {
                throw refuse(tooManyRows(name));
            }
            // Whatever a damaged or hostile file makes POI or the XML parser throw ends in one clear refusal.
            throw refuse(message(name, cause));
        }
    }

    private static InventoryContent read(OPCPackage pkg, XSSFReader reader, String name)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        Map<String, PackagePart> sheets = WorkbookXml.sheets(reader);
        if (InventorySheets.ALL.stream().noneMatch(l -> sheets.containsKey(l.sheet()))) {
            throw refuse("\"" + name + "\" is not an inventory workbook written by export inventory: it has none of"
                    + " the sheets People, Assets, Custody, … Import the CSV set, or export the inventory and edit"
                    + " that workbook.");
        }
        SharedStrings strings = new SharedStrings();
        WorkbookXml.parseOptional(pkg, XSSFRelation.SHARED_STRINGS, strings);
        CellText text = WorkbookXml.cellText(pkg, reader);
        SheetCells.Budget budget = new SheetCells.Budget(MAX_ROWS);
        List<Violation> problems = new ArrayList<>();
        return InventoryCsv.read(
                (file, columns, each) -> {
                    InventorySheets.Layout layout = InventorySheets.of(file);
                    PackagePart part = sheets.get(layout.sheet());
                    if (part == null) {
                        problems.add(new Violation(
                                layout.sheet(),
                                "The workbook has no sheet \"" + layout.sheet() + "\"; put it back as exported"
                                        + " (its header row is enough)."));
                        return;
                    }
                    InventorySheet sheet = new InventorySheet(layout, text, problems, each);
                    try {
                        WorkbookXml.parse(part, new SheetCells(sheet, budget, strings.strings()));
                    } catch (IOException | SAXException | ParserConfigurationException e) {
                        throw new SheetFailure(e);
                    }
                    sheet.finish();
                },
                problems);
    }

    /** Carries a sheet's parse failure out of the row loop, which takes no checked exceptions. */
    private static final class SheetFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SheetFailure(Exception cause) {
            super(null, cause, false, false);
        }
    }

    private static String tooManyRows(String name) {
        return String.format(
                Locale.ROOT,
                "\"%s\" has more than %,d rows; the workbook import reads at most that many. Import a larger"
                        + " inventory as the CSV set (see sample-data/README.md).",
                name,
                MAX_ROWS);
    }

    private static String message(String name, Throwable failure) {
        if (WorkbookLimits.isZipBomb(failure)) {
            return "\"" + name + "\" unpacks to far more than an inventory workbook holds, so it was not read"
                    + " (it may be a \"zip bomb\").";
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("DOCTYPE")) {
                return "\"" + name + "\" holds a document type declaration (DOCTYPE), which no workbook from Excel,"
                        + " LibreOffice or Custodian has; it was not read.";
            }
        }
        if (failure instanceof InvalidFormatException
                || failure instanceof EncryptedDocumentException
                || failure instanceof org.apache.poi.UnsupportedFileFormatException
                || failure instanceof POIXMLException) {
            return "\"" + name + "\" is not an Excel workbook (.xlsx) Custodian can read.";
        }
        return "\"" + name + "\" could not be read as a workbook: it may be damaged or password-protected.";
    }

    private static void checkSize(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw refuse("There is no file \"" + file + "\".");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw refuse("\"" + file.getFileName() + "\" is larger than " + MAX_MB
                        + " MB, more than the workbook import reads. Import a larger inventory as the CSV set.");
            }
        } catch (IOException e) {
            throw refuse("\"" + file.getFileName() + "\" cannot be read.");
        }
    }

    private static ValidationException refuse(String message) {
        return new ValidationException(List.of(new Violation("file", message)));
    }
}
