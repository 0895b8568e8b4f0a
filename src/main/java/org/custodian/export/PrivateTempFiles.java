package org.custodian.export;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where POI puts temp files in this process: a folder of its own, owner-only (0700), made on first use
 * and removed at exit. POI's default is one {@code poifiles} folder in the system temp dir, created 0755
 * and shared by every process and user, which shows anyone on the machine when and how large exports
 * are and outlives every run. The streamed exports' temp files are encrypted as well (StreamingWorkbook).
 */
public final class PrivateTempFiles implements TempFileCreationStrategy {
    private static final Logger LOG = LoggerFactory.getLogger(PrivateTempFiles.class);
    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final PrivateTempFiles FOR_THIS_PROCESS =
            new PrivateTempFiles(Path.of(System.getProperty("java.io.tmpdir")));
    private final Path base;
    private Path folder; // guarded by this

    PrivateTempFiles(Path base) {
        this.base = base;
    }

    /** Called once at start-up, before anything asks POI for a temp file. */
    public static void install() {
        TempFile.setTempFileCreationStrategy(FOR_THIS_PROCESS);
    }

    @Override
    public File createTempFile(String prefix, String suffix) throws IOException {
        // Files.createTempFile makes the file 0600 on POSIX.
        return Files.createTempFile(folder(), prefix, suffix).toFile();
    }

    @Override
    public File createTempDirectory(String prefix) throws IOException {
        return Files.createTempDirectory(folder(), prefix, ownerOnly()).toFile();
    }

    /** The folder in use, or null before the first temp file; for tests. */
    synchronized Path folderInUse() {
        return folder;
    }

    synchronized Path folder() throws IOException {
        if (folder == null || !Files.isDirectory(folder)) {
            boolean first = folder == null;
            folder = Files.createTempDirectory(base, "custodian-", ownerOnly());
            if (first) {
                Runtime.getRuntime().addShutdownHook(new Thread(this::removeFolder, "remove-temp-files"));
            }
        }
        return folder;
    }

    /** Deletes the folder and whatever POI left in it; at exit, and from tests. */
    synchronized void removeFolder() {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not remove the temp folder ({})", e.getClass().getSimpleName());
        }
    }

    private static FileAttribute<?>[] ownerOnly() {
        return POSIX
                ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))
                }
                : new FileAttribute<?>[0];
    }
}
