package org.custodian.importer;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * How much of a returned workbook Custodian is willing to unpack and read. A departure plan has at most a
 * few thousand tasks: its exported sheets unpack to about 200 bytes a task at a ratio near 1:7, so the
 * limits below leave ten times that room and still end a hostile file within a second or two and a few
 * tens of megabytes of memory. POI's defaults (1:100, 4 GB an entry) let a 1.26 GB bomb through.
 */
final class WorkbookLimits {
    /** Rows read across all task sheets: a generous cap for plans of a few thousand tasks. */
    static final int MAX_ROWS = 100_000;
    /** Excel's own limit for one cell; anything longer is cut here and reported as too long. */
    static final int MAX_CELL_CHARS = 32_767;
    /** Refuse an entry that unpacks more than 50 times its packed size (real sheets: 1:5 to 1:10). */
    static final double MIN_INFLATE_RATIO = 0.02;
    /** No part of a sign-off workbook comes near this unpacked (a 5,000-task plan: about 2 MB). */
    static final long MAX_ENTRY_BYTES = 32L * 1024 * 1024;
    static final long MAX_TEXT_CHARS = 8L * 1024 * 1024;
    static final int MAX_PARTS = 200;

    private WorkbookLimits() {
    }

    /**
     * POI keeps these limits in static fields for the whole process; the only workbooks Custodian reads are
     * sign-off sheets, so setting them here, before every read, is both explicit and sufficient.
     */
    static void apply() {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
        ZipSecureFile.setMaxFileCount(MAX_PARTS);
    }

    /** POI reports an over-limit entry as an IOException whose message starts this way, at any depth. */
    static boolean isZipBomb(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && (t.getMessage().startsWith("Zip bomb detected")
                    || t.getMessage().contains("more internal file entries than expected"))) {
                return true;
            }
        }
        return false;
    }
}
