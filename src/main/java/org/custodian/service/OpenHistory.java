package org.custodian.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per user and outside every inventory folder: how far each inventory's change history had got the
 * last time it was opened here. A whole older copy of a folder (its database with its own header, or
 * a backup) verifies on its own; only a memory kept elsewhere can say it is behind. It warns, never
 * refuses: going back to an older copy on purpose is legitimate.
 *
 * <p>A small properties file in the user's settings folder rather than java.util.prefs: on Linux the
 * preferences API parses and writes XML and starts a timer thread, about 0.2 s of every command's
 * start and close. Each entry is "sequence:chain head" under the inventory's id; it holds nothing of
 * the inventory's records.
 */
public final class OpenHistory {
    private static final Logger LOG = LoggerFactory.getLogger(OpenHistory.class);
    static final String FILE_NAME = "open-history.properties";
    private final Path file;

    private OpenHistory(Path file) {
        this.file = file;
    }

    /** The history file in this user's settings folder. */
    public static OpenHistory forThisUser() {
        return new OpenHistory(settingsFolder().resolve(FILE_NAME));
    }

    /** The history kept in {@code file}; for tests and tools with their own settings. */
    public static OpenHistory in(Path file) {
        return new OpenHistory(file);
    }

    /** Remembers nothing and warns of nothing: for tests and for tools that open copies on purpose. */
    public static OpenHistory none() {
        return new OpenHistory(null);
    }

    /** Where each OS keeps an application's per-user settings. */
    static Path settingsFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home).resolve("Custodian");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/Custodian");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".config")).resolve("custodian");
    }

    /** A warning when this copy is behind, or beside, the newest one seen here. */
    Optional<String> warningFor(String inventoryKey, long seq, String head) {
        if (file == null) {
            return Optional.empty();
        }
        Optional<Seen> seen = Seen.parse(read().getProperty(inventoryKey));
        if (seen.isEmpty()) {
            return Optional.empty();
        }
        long seenSeq = seen.get().seq();
        if (seenSeq > seq) {
            return Optional.of("This copy of the inventory is older than the one last opened on this computer ("
                    + seq + " recorded changes here, " + seenSeq + " then). If that is not what you meant to open, "
                    + "close it and open the newer copy.");
        }
        if (seenSeq == seq && !seen.get().head().equals(head)) {
            return Optional.of("This copy of the inventory has a different history from the one last opened on "
                    + "this computer with as many changes: two copies have been changed separately.");
        }
        return Optional.empty();
    }

    /** Never fails the close it is part of: losing this memory only loses a warning. */
    void remember(String inventoryKey, long seq, String head) {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel lockFile = FileChannel.open(
                            file.resolveSibling(FILE_NAME + ".lock"),
                            StandardOpenOption.CREATE,
                            StandardOpenOption.WRITE);
                    FileLock lock = lockFile.lock()) {
                Properties all = read();
                Optional<Seen> seen = Seen.parse(all.getProperty(inventoryKey));
                if (seen.isPresent() && seen.get().seq() > seq) {
                    return;
                }
                all.setProperty(inventoryKey, seq + ":" + head);
                write(all);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn(
                    "Could not save which inventory state was last opened here ({})",
                    e.getClass().getSimpleName());
        }
    }

    /** An unreadable file reads as empty: it only ever costs a warning. */
    private Properties read() {
        Properties all = new Properties();
        try (InputStream in = Files.newInputStream(file);
                Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            all.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            all.clear();
        }
        return all;
    }

    /** Whole or not at all: a crash mid-write leaves the previous file. */
    private void write(Properties all) throws IOException {
        Path partial = file.resolveSibling(FILE_NAME + ".partial");
        try (OutputStream out = Files.newOutputStream(partial);
                Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            all.store(writer, "Custodian: how far each inventory's history had got when last opened here");
        }
        try {
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private record Seen(long seq, String head) {
        static Optional<Seen> parse(String value) {
            int colon = value == null ? -1 : value.indexOf(':');
            if (colon < 0) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Seen(Long.parseLong(value.substring(0, colon)), value.substring(colon + 1)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }
}
