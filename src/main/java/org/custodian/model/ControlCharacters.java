package org.custodian.model;

/**
 * Characters that are invisible but act on a terminal or hide what text says: C0 and C1 controls (ESC
 * starts escape sequences that can recolour, retitle or rewrite a terminal; BEL rings it), DEL, and the
 * bidirectional overrides that reorder how a line reads. One definition for the importers, which strip
 * them, and for the command line, which shows them escaped.
 */
public final class ControlCharacters {
    private ControlCharacters() {}

    /** Tab and line feed are ordinary layout in free text; every other control is unsafe. */
    public static boolean isUnsafe(int codePoint) {
        if (codePoint == '\t' || codePoint == '\n') {
            return false;
        }
        return codePoint < 0x20 || codePoint >= 0x7F && codePoint <= 0x9F || isBidiControl(codePoint);
    }

    private static boolean isBidiControl(int codePoint) {
        return codePoint == 0x061C
                || codePoint == 0x200E
                || codePoint == 0x200F
                || codePoint >= 0x202A && codePoint <= 0x202E
                || codePoint >= 0x2066 && codePoint <= 0x2069;
    }

    /** The text without unsafe characters; a CR or CR LF line break becomes a plain line feed. */
    public static String strip(String text) {
        if (text == null || text.codePoints().noneMatch(ControlCharacters::isUnsafe)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                    kept.append('\n');
                }
            } else if (!isUnsafe(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }
}
