package org.custodian.cli;

import java.io.PrintWriter;
import org.custodian.model.ControlCharacters;

/**
 * The one place text becomes safe to print. Names, evidence and messages come from the inventory and from
 * returned workbooks, and an ESC in them would let a file recolour, retitle or rewrite the user's terminal;
 * every character {@link ControlCharacters} calls unsafe is shown as a visible {@code \u001B} escape instead.
 * That form is also a valid escape inside a JSON string, so JSON output keeps its meaning.
 */
final class TerminalText {
    private TerminalText() {}

    static String safe(String text) {
        if (text == null || text.codePoints().noneMatch(ControlCharacters::isUnsafe)) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (ControlCharacters.isUnsafe(c)) {
                shown.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            } else {
                shown.append(c);
            }
        }
        return shown.toString();
    }

    /**
     * A writer that passes everything through {@link #safe}, so no command can forget to. Line ends written
     * by {@code println} go straight to the target and are not escaped.
     */
    static PrintWriter guard(PrintWriter target) {
        return target instanceof Guarded ? target : new Guarded(target);
    }

    private static final class Guarded extends PrintWriter {
        Guarded(PrintWriter target) {
            super(target, true);
        }

        @Override
        public void write(int c) {
            if (ControlCharacters.isUnsafe(c)) {
                write(safe(String.valueOf((char) c)), 0, 6);
            } else {
                super.write(c);
            }
        }

        @Override
        public void write(char[] buffer, int offset, int length) {
            write(new String(buffer, offset, length), 0, length);
        }

        @Override
        public void write(String text, int offset, int length) {
            String shown = safe(text.substring(offset, offset + length));
            super.write(shown, 0, shown.length());
        }
    }
}
