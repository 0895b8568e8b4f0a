package org.custodian.importer;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.custodian.model.ValidationException;
import org.custodian.model.Violation;

/** Where a set of CSV files comes from: a folder the user chose, a .zip of it, or the demo data inside the jar. */
public interface CsvSource {
    /** No file of the set comes near this: 1,000,000 grants of the synthetic generator take about 100 MB. */
    long MAX_FILE_BYTES = 128L * 1024 * 1024;

    /** The set has nine files; a zip with far more entries, or more in all than this, is not one. */
    int MAX_ZIP_ENTRIES = 1000;

    long MAX_ZIPPED_TOTAL = 256L * 1024 * 1024;

    /** Opens the named file's bytes, or returns null when the set has no such file. */
    InputStream openBytes(String fileName) throws IOException;

    /**
     * The file as strict UTF-8 text, a byte-order mark (which Excel's "CSV UTF-8" writes) skipped: a byte
     * that is not UTF-8 fails the read instead of silently becoming a replacement character.
     */
    default Reader open(String fileName) throws IOException {
        InputStream bytes = openBytes(fileName);
        if (bytes == null) {
            return null;
        }
        return new InputStreamReader(
                skipByteOrderMark(bytes),
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static InputStream skipByteOrderMark(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        buffered.mark(3);
        byte[] start = buffered.readNBytes(3);
        if (!(start.length == 3
                && (start[0] & 0xFF) == 0xEF
                && (start[1] & 0xFF) == 0xBB
                && (start[2] & 0xFF) == 0xBF)) {
            buffered.reset();
        }
        return buffered;
    }

    /** A file of the set past {@link #MAX_FILE_BYTES}, refused before it is read. */
    final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(String fileName, long bytes) {
            super(String.format(
                    Locale.ROOT,
                    "%s is %,d MB; a file of the CSV set may be at most %,d MB. Split the inventory, or leave out"
                            + " the history it does not need.",
                    fileName,
                    bytes / (1024 * 1024),
                    MAX_FILE_BYTES / (1024 * 1024)));
        }
    }

    static CsvSource folder(Path dir) {
        return name -> {
            Path file = dir.resolve(name);
            if (!Files.exists(file)) {
                return null;
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new TooLarge(name, Files.size(file));
            }
            return Files.newInputStream(file);
        };
    }

    /**
     * A folder, or a .zip holding the files (at its top or in one folder inside it). A zip is read into
     * memory once, each file capped at {@link #MAX_FILE_BYTES} unpacked, so a zip bomb ends early.
     */
    static CsvSource of(Path path) {
        if (Files.isDirectory(path)) {
            return folder(path);
        }
        if (path.getFileName() != null
                && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")
                && Files.isRegularFile(path)) {
            return zip(path);
        }
        throw new ValidationException(List.of(new Violation(
                "source",
                path + " is neither a folder nor a .zip of the CSV files (see sample-data/README.md), nor a workbook"
                        + " (.xlsx) written by export inventory")));
    }

    private static CsvSource zip(Path path) {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(path))) {
            int entries = 0;
            long total = 0;
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw new IOException("it has more than " + MAX_ZIP_ENTRIES + " entries");
                }
                String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                if (entry.isDirectory()
                        || !name.endsWith(".csv")
                        || entry.getName().contains("__MACOSX")) {
                    continue;
                }
                byte[] content = in.readNBytes((int) MAX_FILE_BYTES + 1);
                if (content.length > MAX_FILE_BYTES) {
                    throw new IOException(name + " unpacks to more than " + MAX_FILE_BYTES + " bytes");
                }
                total += content.length;
                if (total > MAX_ZIPPED_TOTAL) {
                    throw new IOException("it unpacks to more than " + MAX_ZIPPED_TOTAL + " bytes");
                }
                files.put(name, content);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new ValidationException(List.of(
                    new Violation("source", path + " cannot be read as a zip of the CSV files: " + e.getMessage())));
        }
        return name -> files.containsKey(name) ? new ByteArrayInputStream(files.get(name)) : null;
    }

    static CsvSource classpath(String folder) {
        return name -> CsvSource.class.getResourceAsStream("/" + folder + "/" + name);
    }
}
