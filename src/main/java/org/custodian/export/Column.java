package org.custodian.export;

/** One column of a table sheet: its header, its width in characters, and whether long text wraps. */
public record Column(String header, int width, boolean wrap) {
    public static Column of(String header, int width) {
        return new Column(header, width, false);
    }

    public static Column wrapped(String header, int width) {
        return new Column(header, width, true);
    }

    public static Column date(String header) {
        return new Column(header, 12, false);
    }

    public static Column number(String header) {
        return new Column(header, 10, false);
    }
}
