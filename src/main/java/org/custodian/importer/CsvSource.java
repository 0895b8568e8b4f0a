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

    static CsvSource classpath(String folder) {
        return name -> {
            InputStream in = CsvSource.class.getResourceAsStream("/" + folder + "/" + name);
            return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
        };
    }
}
