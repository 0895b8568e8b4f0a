package org.custodian.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/** The parts of a workbook package the streaming readers need, each parsed by SAX with POI's safe XML reader. */
final class WorkbookXml {
    private WorkbookXml() {}

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

    /** The cell text converter of the package: its date styles and whether dates count from 1904. */
    static CellText cellText(OPCPackage pkg, XSSFReader reader)
            throws IOException, SAXException, ParserConfigurationException, InvalidFormatException {
        CellFormats formats = new CellFormats();
        parseOptional(pkg, XSSFRelation.STYLES, formats);
        CellFormats.DateSystem system = new CellFormats.DateSystem();
        try (InputStream data = reader.getWorkbookData()) {
            parse(data, system);
        }
        return new CellText(formats, system.from1904());
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
}
