package org.custodian.importer;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The workbook's shared-string table, read by SAX rather than POI's XMLBeans model so a hostile table costs
 * no more than its text: each string is cut one character past Excel's cell limit, and phonetic guides
 * (rPh) are left out as Excel does when it shows a cell.
 */
final class SharedStrings extends DefaultHandler {
    private final List<String> strings = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean inItem;
    private boolean collecting;
    private boolean inPhonetic;
    private long totalChars;

    List<String> strings() {
        return strings;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "si" -> {
                inItem = true;
                text.setLength(0);
            }
            case "rPh" -> inPhonetic = true;
            case "t" -> collecting = inItem && !inPhonetic;
            default -> {}
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws WorkbookLimits.TooLarge {
        switch (localName) {
            case "si" -> {
                inItem = false;
                totalChars += text.length();
                if (strings.size() >= WorkbookLimits.MAX_SHARED_STRINGS
                        || totalChars > WorkbookLimits.MAX_SHARED_TEXT_CHARS) {
                    throw new WorkbookLimits.TooLarge("shared strings");
                }
                strings.add(decode(text.toString()));
            }
            case "rPh" -> inPhonetic = false;
            case "t" -> collecting = false;
            default -> {}
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (collecting) {
            text.append(ch, start, Math.max(0, Math.min(length, WorkbookLimits.MAX_CELL_CHARS + 1 - text.length())));
        }
    }

    /**
     * Excel writes characters XML cannot hold as {@code _xHHHH_} (ESC is {@code _x001B_}) and a literal
     * {@code _x} as {@code _x005F_x}; this undoes that, as POI does for its own cells.
     */
    static String decode(String text) {
        if (text == null || !text.contains("_x")) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (i + 7 <= text.length()
                    && text.startsWith("_x", i)
                    && text.charAt(i + 6) == '_'
                    && isHex(text, i + 2, i + 6)) {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 7;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    private static boolean isHex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(text.charAt(i), 16) < 0 || text.charAt(i) > 'f') {
                return false;
            }
        }
        return true;
    }
}
