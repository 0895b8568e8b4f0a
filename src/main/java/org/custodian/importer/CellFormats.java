package org.custodian.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Which cell styles show a number as a date, read by SAX from styles.xml: a manager who types a date into
 * Excel gets a number with a date format, and the reader must turn it back into that date. Only the two
 * tables that decide it are kept (cell formats and number formats), each capped at Excel's own maximum.
 */
final class CellFormats extends DefaultHandler {
    private static final int MAX_STYLES = 65_000;
    private final List<Integer> formatOfStyle = new ArrayList<>();
    private final Map<Integer, String> customFormats = new HashMap<>();
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();
    private boolean inCellFormats;

    /** Formats of a workbook without styles.xml: every number is General. */
    static CellFormats none() {
        return new CellFormats();
    }

    boolean isDate(int style) {
        int format = style >= 0 && style < formatOfStyle.size() ? formatOfStyle.get(style) : 0;
        return dateStyles.computeIfAbsent(format, id -> {
            String code = customFormats.containsKey(id) ? customFormats.get(id) : BuiltinFormats.getBuiltinFormat(id);
            return code != null && DateUtil.isADateFormat(id, code);
        });
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "cellXfs" -> inCellFormats = true;
            case "xf" -> {
                if (inCellFormats && formatOfStyle.size() < MAX_STYLES) {
                    formatOfStyle.add(parse(attributes.getValue("numFmtId")));
                }
            }
            case "numFmt" -> {
                int id = parse(attributes.getValue("numFmtId"));
                String code = attributes.getValue("formatCode");
                if (id >= 0 && code != null && customFormats.size() < MAX_STYLES) {
                    customFormats.put(id, code.length() > 255 ? code.substring(0, 255) : code);
                }
            }
            default -> {}
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (localName.equals("cellXfs")) {
            inCellFormats = false;
        }
    }

    private static int parse(String number) {
        try {
            return number == null ? 0 : Integer.parseInt(number.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Whether workbook.xml says dates count from 1904 (old Mac Excel) rather than 1900. */
    static final class DateSystem extends DefaultHandler {
        private boolean from1904;

        boolean from1904() {
            return from1904;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (localName.equals("workbookPr")) {
                String value = attributes.getValue("date1904");
                from1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
            }
        }
    }
}
