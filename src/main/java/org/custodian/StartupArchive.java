package org.custodian;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A class-data-sharing archive of this jar's classes, so a relaunched JVM maps H2's, jOOQ's and
 * picocli's classes already parsed and verified instead of loading them from the 53 MB jar: measured,
 * it halves the CPU a cold {@code list people} spends besides the KDF (README, "Cold start").
 *
 * <p>The first run of a jar on a JVM records the classes it loaded when it exits (the JVM writes the
 * archive, which takes a few seconds once); the relaunching parent moves it into place only after the
 * child exited, so a half-written archive is never used, and every later run maps it. The archive
 * holds class metadata only, never objects of the run, so no record reaches it. One archive per jar
 * file (path, size, time), JVM and mode — the desktop loads JavaFX, a command does not; others'
 * archives in the cache folder are removed when a new one is made. If the JVM cannot use an archive it
 * starts without one.
 */
final class StartupArchive {
    private static final Set<String> TRIVIAL = Set.of("--version", "-V", "--help", "-h", "help", "--jvm-flags");
    /** Set by tests and by anyone who wants no files in their cache folder. */
    static final String DISABLED = "CUSTODIAN_NO_STARTUP_ARCHIVE";

    private final Path archive;
    private final Path recording;
    private final boolean record;

    private StartupArchive(Path archive, boolean record) {
        this.archive = archive;
        this.recording = archive.resolveSibling(
                archive.getFileName() + ".recording-" + ProcessHandle.current().pid());
        this.record = record;
    }

    /** The archive for this jar and these arguments, or empty where none should be used. */
    static Optional<StartupArchive> forRun(Path jar, String[] args) {
        if (System.getenv(DISABLED) != null) {
            return Optional.empty();
        }
        try {
            Path folder = cacheFolder();
            Files.createDirectories(folder);
            Path archive = folder.resolve("custodian-" + mode(args) + "-" + fingerprint(jar) + ".jsa");
            boolean record = !Files.isRegularFile(archive) && !(args.length > 0 && TRIVIAL.contains(args[0]));
            return Optional.of(new StartupArchive(archive, record));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // no cache folder: start as before
        }
    }

    /** The options the child JVM starts with: map the archive, or record one at exit. */
    List<String> jvmOptions() {
        if (record) {
            return List.of("-XX:ArchiveClassesAtExit=" + recording);
        }
        return Files.isRegularFile(archive) ? List.of("-XX:SharedArchiveFile=" + archive) : List.of();
    }

    boolean recording() {
        return record;
    }

    /** After the child exited: a complete recording becomes the archive, older archives go. */
    void childExited() {
        if (!record) {
            return;
        }
        try {
            if (Files.isRegularFile(recording) && Files.size(recording) > 0) {
                removeOthers();
                Files.move(recording, archive, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException | RuntimeException e) {
            // another run may have placed one first; this recording is simply not kept
        } finally {
            try {
                Files.deleteIfExists(recording);
            } catch (IOException ignored) {
                // a leftover recording is named per process and never mapped
            }
        }
    }

    private void removeOthers() throws IOException {
        String prefix = archive.getFileName()
                .toString()
                .substring(0, archive.getFileName().toString().lastIndexOf('-'));
        try (DirectoryStream<Path> old = Files.newDirectoryStream(archive.getParent(), "custodian-*.jsa")) {
            for (Path file : old) {
                if (file.getFileName().toString().startsWith(prefix + "-") && !file.equals(archive)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private static String mode(String[] args) {
        return args.length == 0 ? "desktop" : "cli";
    }

    private static String fingerprint(Path jar) throws IOException {
        String identity = String.join(
                "\n",
                jar.toAbsolutePath().toString(),
                Long.toString(Files.size(jar)),
                Files.getLastModifiedTime(jar).toString(),
                System.getProperty("java.home"),
                System.getProperty("java.vm.version"));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where each OS keeps caches a user may delete at any time. */
    static Path cacheFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local != null ? Path.of(local) : home).resolve("Custodian").resolve("cache");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Caches/Custodian");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".cache")).resolve("custodian");
    }
}
