package org.custodian.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Backups written by earlier versions: H2's {@code BACKUP TO} zip holding {@code inventory.mv.db}, still
 * encrypted, with a header whose anchor was never sealed to a file. Such a backup is checked by taking its
 * database out into a private folder and reading every record of it, since no seal vouches for its bytes.
 */
final class LegacyBackup {
    static final String ENTRY = InventoryFolder.DATABASE_NAME + ".mv.db";
    /** Encrypted pages do not compress, so a real backup inflates to about its zip's size; this is far above. */
    private static final int MAX_RATIO = 16;

    private static final long SLACK = 64L * 1024 * 1024;

    private LegacyBackup() {}

    /**
     * Writes the zip's database file to {@code target} (owner-only from its creation, forced to disk, then
     * renamed into place). The zip's checksums are checked as it is read; a damaged zip throws.
     */
    static void extract(Path zip, Path target) throws IOException {
        long limit = Files.size(zip) * MAX_RATIO + SLACK;
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (ENTRY.equals(entry.getName())) {
                    copy(in, partial, limit);
                    Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
                    return;
                }
            }
        } finally {
            Files.deleteIfExists(partial);
        }
        throw InventoryHeader.damaged("its zip holds no " + ENTRY);
    }

    /** A private folder for one check, in the system's temp folder; removed again by {@link #remove}. */
    static InventoryFolder scratchFolder() throws IOException {
        Path dir = Files.createTempDirectory("custodian-backup-check-");
        SecureFiles.restrictFolder(dir);
        return InventoryFolder.of(dir);
    }

    static void remove(InventoryFolder scratch) throws IOException {
        try (Stream<Path> walk = Files.walk(scratch.dir())) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static void copy(InputStream in, Path partial, long limit) throws IOException {
        try (FileChannel channel = SecureFiles.createPrivateFile(partial)) {
            OutputStream out = Channels.newOutputStream(channel);
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                total += read;
                if (total > limit) {
                    throw InventoryHeader.damaged("its zip inflates to far more than a database of its size");
                }
                out.write(buffer, 0, read);
            }
            channel.force(true);
        }
    }
}
