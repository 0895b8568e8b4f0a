package org.custodian.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.custodian.model.StorageException;
import org.jooq.DSLContext;

/**
 * H2's BACKUP TO copies the still-encrypted file; the header goes beside it because only the header
 * can unwrap that copy's key. The newest {@value #KEEP} backups are kept.
 */
final class Backups {
    static final int KEEP = 10;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

    private Backups() {
    }

    static Path create(DSLContext dsl, InventoryFolder folder, InventoryHeader header, Clock clock) {
        try {
            SecureFiles.createPrivateDirectories(folder.backups());
            String stamp = STAMP.format(clock.instant());
            Path zip = folder.backups().resolve("inventory-" + stamp + ".zip");
            dsl.execute("BACKUP TO '" + zip.toString().replace("'", "''") + "'");
            SecureFiles.restrictFile(zip);
            header.write(folder.backups().resolve("inventory-" + stamp + ".header"));
            prune(folder.backups());
            return zip;
        } catch (IOException | RuntimeException e) {
            throw new StorageException("Could not write a backup of the inventory (" + e.getClass().getSimpleName()
                    + "). Check the free disk space.", e);
        }
    }

    private static void prune(Path dir) throws IOException {
        List<Path> zips;
        try (Stream<Path> files = Files.list(dir)) {
            zips = files.filter(p -> p.getFileName().toString().endsWith(".zip"))
                    .sorted(Comparator.comparing(Path::getFileName).reversed()).toList();
        }
        for (Path old : zips.subList(Math.min(KEEP, zips.size()), zips.size())) {
            Files.deleteIfExists(old);
            Files.deleteIfExists(old.resolveSibling(old.getFileName().toString().replace(".zip", ".header")));
        }
    }
}
