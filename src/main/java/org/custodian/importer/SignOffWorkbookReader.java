package org.custodian.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.custodian.export.SignOffLayout;
import org.custodian.model.DepartureId;
import org.custodian.model.ValidationException;
import org.custodian.model.Violation;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the sign-off columns of a returned departure workbook. The sheets are streamed (SAX over POI's
 * package reader), never loaded whole, under the limits of {@link WorkbookLimits}: files over 20 MB are
 * refused first, any part unpacking past 32 MB or 1:50 is refused as a zip bomb, and reading stops after
 * 100,000 rows. Formulas are never evaluated: a formula cell counts by the result Excel saved with it.
 */
public final class SignOffWorkbookReader {
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private SignOffWorkbookReader() {}

    public static SignOffSheet read(Path file) {
        checkSize(file);
        WorkbookLimits.apply();
        String name = String.valueOf(file.getFileName());
        try (OPCPackage pkg = WorkbookLimits.open(file)) {
            return read(pkg, new XSSFReader(pkg));
        } catch (SheetCells.TooManyRows e) {
            throw refuse(String.format(
                    Locale.ROOT,
                    "\"%s\" has more than %,d rows; a departure plan has at most a few "
                            + "thousand tasks. Export the plan again and fill in that copy.",
                    name,
                    WorkbookLimits.MAX_ROWS));
        } catch (ValidationException e) {
            throw e;
        } catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
            // Whatever a damaged or hostile file makes POI or the XML parser throw ends in one clear refusal.
            throw refuse(message(name, e));
        }
    }

    private static String message(String name, Exception failure) {
        if (WorkbookLimits.isZipBomb(failure)) {
            return "\"" + name + "\" unpacks to far more than a sign-off workbook ever holds, so it was not read "
                    + "(it may be a \"zip bomb\"). Export the plan again and fill in that copy.";
        }
        if (failure instanceof InvalidFormatException
                || failure instanceof EncryptedDocumentException
                || failure instanceof org.apache.poi.UnsupportedFileFormatException
                || failure instanceof POIXMLException) {
            return "\"" + name + "\" is not an Excel workbook (.xlsx) Custodian can read.";
        }
        return "\"" + name + "\" could not be read as a workbook: it may be damaged or password-protected.";
    }

    private static SignOffSheet read(OPCPackage pkg, XSSFReader reader)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        Map<String, PackagePart> sheets = sheets(reader);
        SheetCells.Budget budget = new SheetCells.Budget(WorkbookLimits.MAX_ROWS);
        SharedStrings strings = new SharedStrings();
        parseOptional(pkg, XSSFRelation.SHARED_STRINGS, strings);
        CellFormats formats = new CellFormats();
        parseOptional(pkg, XSSFRelation.STYLES, formats);
        CellText cells = new CellText(formats, dateSystem(reader));
        Map<String, String> about = about(sheets.get(SignOffLayout.ABOUT_SHEET), cells, budget, strings);
        UUID inventory = uuid(about.get(SignOffLayout.KEY_INVENTORY), "inventory");
        String departure = about.get(SignOffLayout.KEY_DEPARTURE);
        if (departure == null) {
            throw refuse("This workbook is a what-if plan that was never saved, so it has no tasks to sign off. "
                    + "Save the departure (plan departure --save) and export it again.");
        }
        DepartureId departureId = new DepartureId(uuid(departure, "departure"));
        List<SignOffRow> rows = new ArrayList<>();
        List<Violation> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String sheetName : SignOffLayout.TASK_SHEETS) {
            if (sheets.containsKey(sheetName)) {
                TaskSheet sheet = new TaskSheet(sheetName, cells, rows, seen, problems);
                parse(sheets.get(sheetName), new SheetCells(sheet, budget, strings.strings()));
                if (sheet.missingColumn() != null) {
                    throw refuse("The sheet \"" + sheetName + "\" has no \"" + sheet.missingColumn() + "\" column.");
                }
            }
        }
        return new SignOffSheet(inventory, departureId, rows, problems);
    }

    /** Sheet parts by name, found without reading any sheet; the first of two same-named sheets wins. */
    static Map<String, PackagePart> sheets(XSSFReader reader) throws IOException, InvalidFormatException {
        Map<String, PackagePart> sheets = new LinkedHashMap<>();
        XSSFReader.SheetIterator iterator = reader.getSheetIterator();
        while (iterator.hasNext()) {
            iterator.next().close();
            sheets.putIfAbsent(iterator.getSheetName(), iterator.getSheetPart());
        }
        return sheets;
    }

    /**
     * Shared strings and styles are optional parts (a workbook may keep all its text inline); they are found
     * by content type, as POI's own streaming classes do, so a missing one is simply not read.
     */
    static void parseOptional(OPCPackage pkg, XSSFRelation relation, ContentHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        List<PackagePart> parts = pkg.getPartsByContentType(relation.getContentType());
        if (!parts.isEmpty()) {
            parse(parts.get(0), handler);
        }
    }

    static boolean dateSystem(XSSFReader reader)
            throws IOException, SAXException, ParserConfigurationException, InvalidFormatException {
        CellFormats.DateSystem system = new CellFormats.DateSystem();
        try (InputStream data = reader.getWorkbookData()) {
            parse(data, system);
        }
        return system.from1904();
    }

    private static Map<String, String> about(
            PackagePart part, CellText cells, SheetCells.Budget budget, SharedStrings strings)
            throws IOException, SAXException, ParserConfigurationException {
        Map<String, String> values = new HashMap<>();
        if (part != null) {
            parse(
                    part,
                    new SheetCells(
                            new SheetCells.Rows() {
                                @Override
                                public boolean wants(int row, int column) {
                                    return column <= 1;
                                }

                                @Override
                                public void row(int row, Map<Integer, CellValue> cellsOfRow) {
                                    String key = cells.text(cellsOfRow.get(0));
                                    if (key != null) {
                                        values.putIfAbsent(key, cells.text(cellsOfRow.get(1)));
                                    }
                                }
                            },
                            budget,
                            strings.strings()));
        }
        if (!SignOffLayout.FORMAT.equals(values.get(SignOffLayout.KEY_FORMAT))) {
            throw refuse("This is not a departure sign-off workbook exported by Custodian "
                    + "(its hidden \"About\" sheet is missing or changed).");
        }
        return values;
    }

    static void parse(PackagePart part, ContentHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        try (InputStream data = part.getInputStream()) {
            parse(data, handler);
        }
    }

    /** POI's XML reader: no DTDs, no external entities, entity expansion limited. */
    static void parse(InputStream data, ContentHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(handler);
        xml.parse(new InputSource(data));
    }

    private static void checkSize(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw refuse("There is no file \"" + file + "\".");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw refuse(
                        "\"" + file.getFileName() + "\" is larger than 20 MB; a sign-off workbook is far smaller.");
            }
        } catch (IOException e) {
            throw refuse("\"" + file.getFileName() + "\" cannot be read.");
        }
    }

    private static UUID uuid(String text, String what) {
        UUID id = TaskSheet.parseUuid(text);
        if (id == null) {
            throw refuse("The workbook does not say which " + what + " it belongs to; export it again from Custodian.");
        }
        return id;
    }

    static ValidationException refuse(String message) {
        return new ValidationException(List.of(new Violation("file", message)));
    }
}
