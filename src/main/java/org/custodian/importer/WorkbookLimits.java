package org.custodian.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.xml.sax.SAXException;

/**
 * How much of a returned workbook Custodian is willing to unpack and read. A departure plan has at most a
 * few thousand tasks: its exported sheets unpack to about 200 bytes a task at a ratio near 1:7, so the
 * limits below leave ten times that room and still end a hostile file within seconds and well under
 * 512 MB of memory. POI's defaults (1:100, 4 GB an entry) let a 1.26 GB bomb through.
 */
final class WorkbookLimits {
    /** Rows read across all task sheets: a generous cap for plans of a few thousand tasks. */
    static final int MAX_ROWS = 100_000;
    /** Excel's own limit for one cell; anything longer is cut here and reported as too long. */
    static final int MAX_CELL_CHARS = 32_767;
    /** A 5,000-task plan holds about 10,000 distinct texts. */
    static final int MAX_SHARED_STRINGS = 500_000;
    /** Refuse an entry that unpacks more than 50 times its packed size (real sheets: 1:5 to 1:10). */
    static final double MIN_INFLATE_RATIO = 0.02;
    /** No part of a sign-off workbook comes near this unpacked (a 5,000-task plan: about 2 MB). */
    static final long MAX_ENTRY_BYTES = 32L * 1024 * 1024;
    /**
     * The parts POI itself parses into a DOM when it opens a package (content types, relationships,
     * document properties) are a few kilobytes; a 31 MB content-types part took 380 MB of heap to parse.
     */
    static final long MAX_CONTROL_PART_BYTES = 1024 * 1024;

    static final long MAX_TEXT_CHARS = 8L * 1024 * 1024;
    static final int MAX_PARTS = 200;

    /** A workbook past one of these limits; SAX passes a SAXException through its handlers unchanged. */
    static final class TooLarge extends SAXException {
        private static final long serialVersionUID = 1L;

        TooLarge(String what) {
            super(what);
        }
    }

    private WorkbookLimits() {}

    /**
     * A workbook's text (shared strings) is held in memory while its sheets stream; about 64 MB of heap at
     * most, while an inventory workbook of {@code InventoryWorkbookReader.MAX_ROWS} rows needs about a tenth.
     */
    static final long MAX_SHARED_TEXT_CHARS = 32L * 1024 * 1024;

    /**
     * POI keeps these limits in static fields for the whole process; Custodian reads one workbook at a time
     * (a sign-off sheet or an inventory workbook), so setting them before every read, with the largest part
     * that kind of workbook may hold, is both explicit and sufficient.
     */
    static void apply(long maxEntryBytes) {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(maxEntryBytes);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
        ZipSecureFile.setMaxFileCount(MAX_PARTS);
    }

    /**
     * Opens the package from its zip directory only. POI's own {@code open(File)} falls back to reading a
     * zip without a readable directory entry by entry into memory, which a hostile file can fill; here such a
     * file is simply not a workbook. The small parts POI parses on opening are measured first.
     */
    static OPCPackage open(Path file) throws IOException, InvalidFormatException, TooLarge {
        ZipSecureFile zip;
        try {
            zip = new ZipSecureFile(file.toFile());
        } catch (IOException e) {
            throw new NotOfficeXmlFileException("no zip directory");
        }
        try {
            checkControlParts(zip);
            return OPCPackage.open(new ZipFileZipEntrySource(zip));
        } catch (IOException | InvalidFormatException | TooLarge | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    private static void checkControlParts(ZipSecureFile zip) throws IOException, TooLarge {
        List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
        if (entries.size() > MAX_PARTS) {
            throw new TooLarge("parts");
        }
        for (ZipArchiveEntry entry : entries) {
            String name = entry.getName();
            if (name.equals("[Content_Types].xml")
                    || name.endsWith(".rels")
                    || name.startsWith("docProps/")
                    || name.equals("xl/workbook.xml")) {
                try (InputStream part = zip.getInputStream(entry)) {
                    byte[] buffer = new byte[8192];
                    long total = 0;
                    for (int read = part.read(buffer); read >= 0; read = part.read(buffer)) {
                        total += read;
                        if (total > MAX_CONTROL_PART_BYTES) {
                            throw new TooLarge(name);
                        }
                    }
                }
            }
        }
    }

    /** POI reports an over-limit entry as an IOException whose message starts this way, at any depth. */
    static boolean isZipBomb(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TooLarge
                    || t.getMessage() != null
                            && (t.getMessage().startsWith("Zip bomb detected")
                                    || t.getMessage().contains("more internal file entries than expected"))) {
                return true;
            }
        }
        return false;
    }
}
