package org.custodian.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a set of CSV files comes from: a folder the user chose, or the demo data inside the jar. */
public interface CsvSource {
    /** Opens the named file, or returns null when the set has no such file. */
    Reader open(String fileName) throws IOException;

    static CsvSource folder(Path dir) {
        return name -> {
            Path file = dir.resolve(name);
            return Files.exists(file) ? Files.newBufferedReader(file, StandardCharsets.UTF_8) : null;
        };
    }

    /**
     * A folder, or a .zip holding the files (at its top or in one folder inside it). A zip is read into
     * memory once, each file capped at {@value #MAX_ZIPPED_FILE} bytes unpacked, so a zip bomb ends early.
     */
    static CsvSource of(Path path) {
        if (Files.isDirectory(path)) {
            return folder(path);
        }
        if (path.getFileName() != null
                && path.getFileName()
                        .toString()
                        .toLowerCase(java.util.Locale.ROOT)
                        .endsWith(".zip")
                && Files.isRegularFile(path)) {
            return zip(path);
        }
        throw new org.custodian.model.ValidationException(java.util.List.of(new org.custodian.model.Violation(
                "source", path + " is neither a folder nor a .zip of the CSV files (see sample-data/README.md)")));
    }

    int MAX_ZIPPED_FILE = 64 * 1024 * 1024;

    /** The set has nine files; a zip with far more entries, or more in all than this, is not one. */
    int MAX_ZIP_ENTRIES = 1000;

    long MAX_ZIPPED_TOTAL = 256L * 1024 * 1024;

    private static CsvSource zip(Path path) {
        java.util.Map<String, byte[]> files = new java.util.HashMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(path))) {
            int entries = 0;
            long total = 0;
            for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw new IOException("it has more than " + MAX_ZIP_ENTRIES + " entries");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                if (!name.endsWith(".csv") || entry.getName().contains("__MACOSX")) {
                    continue;
                }
                byte[] content = in.readNBytes(MAX_ZIPPED_FILE + 1);
                if (content.length > MAX_ZIPPED_FILE) {
                    throw new IOException(name + " unpacks to more than " + MAX_ZIPPED_FILE + " bytes");
                }
                total += content.length;
                if (total > MAX_ZIPPED_TOTAL) {
                    throw new IOException("it unpacks to more than " + MAX_ZIPPED_TOTAL + " bytes");
                }
                files.put(name, content);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new org.custodian.model.ValidationException(java.util.List.of(new org.custodian.model.Violation(
                    "source", path + " cannot be read as a zip of the CSV files: " + e.getMessage())));
        }
        return name -> files.containsKey(name)
                ? new InputStreamReader(new java.io.ByteArrayInputStream(files.get(name)), StandardCharsets.UTF_8)
                : null;
    }

    static CsvSource classpath(String folder) {
        return name -> {
            InputStream in = CsvSource.class.getResourceAsStream("/" + folder + "/" + name);
            return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
        };
    }
}
