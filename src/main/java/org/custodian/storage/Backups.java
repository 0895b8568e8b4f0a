package org.custodian.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.custodian.model.BackupFailedException;
import org.custodian.model.CustodianException;
import org.custodian.model.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A backup is a byte copy of the closed (or at-rest) encrypted database file with the header beside
 * it, its anchor sealed to the copy: it is verified exactly like an inventory and restored by copying
 * it back. The copy is written under a temporary name and renamed, and its header is written last,
 * so a backup interrupted by a crash is never mistaken for a good one. The newest {@value #KEEP} are kept.
 */
final class Backups {
    static final int KEEP = 10;
    static final String DATABASE_SUFFIX = ".mv.db";
    static final String HEADER_SUFFIX = ".header";
    static final String LEGACY_SUFFIX = ".zip";
    private static final String PREFIX = "inventory-";
    private static final Pattern NAME = Pattern.compile("inventory-\\d{8}-\\d{6}-\\d{3}");
    private static final String PARTIAL_SUFFIX = ".partial";
    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private Backups() {}

    /** One backup in the folder: its header, and either its database file or (older versions) a zip holding it. */
    record Backup(String name, Path header, Path database) {
        boolean legacyZip() {
            return database.getFileName().toString().endsWith(LEGACY_SUFFIX);
        }
    }

    static Backup create(InventoryFolder folder, InventoryHeader header, KeyRing keys, Clock clock) {
        try {
            SecureFiles.createPrivateDirectories(folder.backups());
            removePartials(folder.backups());
            String name = PREFIX + STAMP.format(clock.instant());
            Path database = folder.backups().resolve(name + DATABASE_SUFFIX);
            String copiedMac = copySealed(folder.databaseFile(), database, keys.fileKey);
            CrashPoint.reach("backup-before-header");
            Path headerFile = folder.backups().resolve(name + HEADER_SUFFIX);
            header.withAnchor(header.anchor().withFileMac(copiedMac, keys.anchorKey))
                    .write(headerFile, keys);
            prune(folder.backups());
            return new Backup(name, headerFile, database);
        } catch (IOException | RuntimeException e) {
            throw e instanceof CustodianException known
                    ? known
                    : new StorageException(
                            "Could not write a backup of the inventory ("
                                    + e.getClass().getSimpleName() + "). Check the free disk space.",
                            e);
        }
    }

    /**
     * Newest first; only backups whose header was written (a finished backup). One whose database file is
     * gone is listed too, so a check reports it. Only names Custodian writes are listed: the name goes into
     * a JDBC URL, where a ';' would add settings.
     */
    static List<Backup> list(InventoryFolder folder) {
        if (!Files.isDirectory(folder.backups())) {
            return List.of();
        }
        List<Backup> backups = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder.backups())) {
            for (Path header : files.filter(p -> p.getFileName().toString().endsWith(HEADER_SUFFIX))
                    .toList()) {
                String name = header.getFileName().toString().replace(HEADER_SUFFIX, "");
                if (isBackupName(name)) {
                    backups.add(in(folder.backups(), name));
                }
            }
        } catch (IOException e) {
            throw new StorageException(
                    "Could not list the inventory's backups (" + e.getClass().getSimpleName() + ").", e);
        }
        backups.sort(Comparator.comparing(Backup::name).reversed());
        return backups;
    }

    /** The backup of that name in {@code dir}: its byte copy, else a legacy zip, else the (missing) byte copy. */
    static Backup in(Path dir, String name) {
        Path database = dir.resolve(name + DATABASE_SUFFIX);
        Path zip = dir.resolve(name + LEGACY_SUFFIX);
        return new Backup(
                name,
                dir.resolve(name + HEADER_SUFFIX),
                !Files.isRegularFile(database) && Files.isRegularFile(zip) ? zip : database);
    }

    static boolean isBackupName(String name) {
        return NAME.matcher(name).matches();
    }

    /** When the backup was taken, from the UTC stamp in its name. */
    static Instant takenAt(String name) {
        return STAMP.parse(name.substring(PREFIX.length()), Instant::from);
    }

    /** The newest backup holding exactly the given acknowledged state, sealed and intact. */
    static Optional<Backup> holding(InventoryFolder folder, Anchor state, KeyRing keys) {
        for (Backup backup : list(folder)) {
            try {
                Anchor anchor = InventoryHeader.read(backup.header()).anchor();
                if (!backup.legacyZip()
                        && anchor.verifies(keys.anchorKey)
                        && anchor.sealed()
                        && anchor.sameStateAs(state)
                        && FileSeal.matches(backup.database(), keys.fileKey, anchor.fileMac())) {
                    return Optional.of(backup);
                }
            } catch (CustodianException e) {
                LOG.info("Backup {} skipped while looking for the last saved state: {}", backup.name(), e.getMessage());
            }
        }
        return Optional.empty();
    }

    /**
     * Copies the database to {@code target}, returning the HMAC of exactly the bytes copied. Created
     * owner-only before the first byte, forced to disk, then renamed into place.
     */
    static String copySealed(Path source, Path target, byte[] fileKey) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + PARTIAL_SUFFIX);
        FileSeal.Digest digest = FileSeal.digest(fileKey);
        try (InputStream in = Files.newInputStream(source);
                FileChannel channel = SecureFiles.createPrivateFile(partial)) {
            OutputStream out = Channels.newOutputStream(channel);
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, read);
                out.write(buffer, 0, read);
            }
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return digest.hex();
    }

    private static void removePartials(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path stale : files.filter(p -> p.getFileName().toString().endsWith(PARTIAL_SUFFIX))
                    .toList()) {
                Files.deleteIfExists(stale);
            }
        }
    }

    private static void prune(Path dir) throws IOException {
        List<String> names;
        try (Stream<Path> files = Files.list(dir)) {
            names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(HEADER_SUFFIX))
                    .map(n -> n.replace(HEADER_SUFFIX, ""))
                    .sorted(Comparator.reverseOrder())
                    .toList();
        }
        for (String old : names.subList(Math.min(KEEP, names.size()), names.size())) {
            Files.deleteIfExists(dir.resolve(old + HEADER_SUFFIX));
            Files.deleteIfExists(dir.resolve(old + DATABASE_SUFFIX));
            Files.deleteIfExists(dir.resolve(old + LEGACY_SUFFIX));
        }
    }

    /** The backup made as the inventory closes; a failure comes back to be reported once the inventory is closed. */
    static java.util.Optional<BackupFailedException> createAtClose(
            InventoryFolder folder, InventoryHeader header, KeyRing keys, Clock clock) {
        try {
            create(folder, header, keys, clock);
            return java.util.Optional.empty();
        } catch (RuntimeException e) {
            String reason = e instanceof CustodianException known
                    ? known.getMessage()
                    : e.getClass().getSimpleName();
            LOG.warn("Backup at close failed: {}", reason);
            return java.util.Optional.of(new BackupFailedException(
                    "Every change is saved, but the backup made when the inventory closes could not be written: "
                            + reason,
                    e));
        }
    }
}
