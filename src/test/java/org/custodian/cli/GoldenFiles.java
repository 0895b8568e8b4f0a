package org.custodian.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.function.Executable;

/**
 * Expected outputs kept under {@code src/test/resources/golden}, so a refactoring that changes what a
 * script or a manager sees fails a test. To accept a deliberate change, run the test with
 * {@code -Dgolden.update=true}; it rewrites the files in the source tree, and the diff is the review.
 */
final class GoldenFiles {
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    private static final Path SOURCE = Path.of("src", "test", "resources", "golden");
    private final String folder;
    private final List<Executable> checks = new ArrayList<>();

    GoldenFiles(String folder) {
        this.folder = folder;
    }

    /** Collects the comparison, so one run names every output that changed, not only the first. */
    void check(String name, String actual) {
        String file = folder + "/" + name + ".txt";
        if (UPDATE) {
            write(SOURCE.resolve(file), actual);
            return;
        }
        String expected = read(file);
        checks.add(() -> assertEquals(expected, actual, "golden/" + file + " differs (see GoldenFiles to update)"));
    }

    List<Executable> checks() {
        return checks;
    }

    private static String read(String file) {
        try (InputStream in = GoldenFiles.class.getResourceAsStream("/golden/" + file)) {
            if (in == null) {
                return "(no golden file " + file + "; run with -Dgolden.update=true to make it)";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path path, String text) {
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(path, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
