package org.custodian.export;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code .NAME.xlsx.partial} files reports are written through. They hold the report in plaintext,
 * so one left by a process killed mid-write must not stay: every save first removes the abandoned ones
 * beside its target. Abandoned means nobody holds the lock its writer takes for as long as the file
 * carries that name (the OS drops the lock when the writer dies), and untouched for a few seconds, which
 * covers the instant between another process creating its file and locking it. Partials this process is
 * writing are skipped without being opened: on POSIX, closing any channel to a file drops every lock the
 * process holds on it.
 */
final class ReportPartials {
    private static final Logger LOG = LoggerFactory.getLogger(ReportPartials.class);
    private static final String SUFFIX = ".xlsx.partial";
    private static final Duration SETTLED = Duration.ofSeconds(5);
    private static final Set<Path> WRITING_HERE = ConcurrentHashMap.newKeySet();

    private ReportPartials() {}

    static Path beside(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".partial");
    }

    /** Marks a partial as this process's from before it is created until after it is renamed or deleted. */
    static void writing(Path partial) {
        WRITING_HERE.add(partial.toAbsolutePath().normalize());
    }

    static void finished(Path partial) {
        WRITING_HERE.remove(partial.toAbsolutePath().normalize());
    }

    /** Removes abandoned partials in the target's folder; best effort, a report is never refused for this. */
    static int sweepBeside(Path target) {
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, ReportPartials::named)) {
            for (Path partial : entries) {
                if (removeIfAbandoned(partial)) {
                    removed++;
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn(
                    "Could not look for abandoned partial reports ({})",
                    e.getClass().getSimpleName());
        }
        return removed;
    }

    private static boolean named(Path entry) {
        String name = entry.getFileName().toString();
        return name.startsWith(".") && name.toLowerCase(Locale.ROOT).endsWith(SUFFIX);
    }

    private static boolean removeIfAbandoned(Path partial) {
        if (WRITING_HERE.contains(partial.toAbsolutePath().normalize())) {
            return false;
        }
        try {
            BasicFileAttributes attributes =
                    Files.readAttributes(partial, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile()
                    || attributes
                            .lastModifiedTime()
                            .toInstant()
                            .isAfter(Instant.now().minus(SETTLED))) {
                return false;
            }
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
                    FileLock lock = channel.tryLock()) {
                if (lock == null) {
                    return false; // another process is writing it
                }
                Files.delete(partial);
                return true;
            }
        } catch (OverlappingFileLockException e) {
            return false; // locked by this process through a channel not marked as writing
        } catch (IOException e) {
            LOG.warn(
                    "Could not remove an abandoned partial report ({})",
                    e.getClass().getSimpleName());
            return false;
        }
    }
}
