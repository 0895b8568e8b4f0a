package org.custodian.importer.vault;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Looks for the vault fixtures' canaries in files (raw bytes, UTF-8 and UTF-16, and inside zips such as
 * workbooks and backups) and in text, and names every hit, so a failure says which secret leaked where.
 */
public final class CanaryScan {
    private static final List<Charset> ENCODINGS =
            List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE);

    private CanaryScan() {}

    /** Every file under {@code root} (a folder or one file). */
    public static List<String> hitsUnder(Path root) throws IOException {
        List<String> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                scan(file.toString(), Files.readAllBytes(file), hits);
            }
        }
        return hits;
    }

    public static List<String> hitsIn(String where, String text) {
        return VaultFixtures.CANARIES.stream()
                .filter(text::contains)
                .map(c -> c + " in " + where)
                .toList();
    }

    public static void assertNone(List<String> hits) {
        assertEquals(List.of(), hits, "canaries found");
    }

    private static void scan(String where, byte[] content, List<String> hits) throws IOException {
        for (String canary : VaultFixtures.CANARIES) {
            for (Charset encoding : ENCODINGS) {
                if (indexOf(content, canary.getBytes(encoding)) >= 0) {
                    hits.add(canary + " (" + encoding + ") in " + where);
                }
            }
        }
        if (content.length > 4 && content[0] == 'P' && content[1] == 'K') {
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    scan(where + "!" + entry.getName(), zip.readAllBytes(), hits);
                }
            } catch (ZipException e) {
                // bytes that start like a zip but are not one (the raw bytes were searched above)
            }
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
