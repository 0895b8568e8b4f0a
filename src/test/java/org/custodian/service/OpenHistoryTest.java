package org.custodian.service;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.custodian.storage.KdfPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole older copy of an inventory folder verifies on its own; the memory kept outside it notices. */
class OpenHistoryTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC);
    private static final char[] PASSPHRASE = "a long pass phrase".toCharArray();

    @TempDir
    Path temp;

    private InventoryFiles files;

    @org.junit.jupiter.api.BeforeEach
    void settingsFolder() {
        files = new InventoryFiles(
                KdfPolicy.fastForTests(), CLOCK, "tester", OpenHistory.in(temp.resolve("settings/history.properties")));
    }

    @Test
    void anOlderCopyOfTheWholeFolderOpensWithAWarningAndTheNewerOneWithout() throws Exception {
        Path folder = temp.resolve("inv");
        files.create(folder, "Acme", PASSPHRASE).close();
        Path older = copy(folder, temp.resolve("older"));
        try (Inventory inventory = files.open(folder, PASSPHRASE)) {
            assertTrue(inventory.openingWarning().isEmpty());
            inventory
                    .groups()
                    .createGroup(new org.custodian.model.Group(org.custodian.model.GroupId.random(), "Admins", null));
        }
        try (Inventory copy = files.open(older, PASSPHRASE)) {
            String warning = copy.openingWarning().orElseThrow();
            assertTrue(warning.contains("older than the one last opened on this computer"), warning);
        }
        try (Inventory newest = files.open(folder, PASSPHRASE)) {
            assertTrue(newest.openingWarning().isEmpty(), "opening the older copy did not move the memory back");
        }
    }

    private static Path copy(Path from, Path to) throws Exception {
        try (var paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Files.copy(source, to.resolve(from.relativize(source).toString()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        return to;
    }

    @Test
    void anUnreadableHistoryCostsOnlyTheWarning() throws Exception {
        Path folder = temp.resolve("inv");
        files.create(folder, "Acme", PASSPHRASE).close();
        Files.createDirectories(temp.resolve("settings"));
        Files.writeString(temp.resolve("settings/history.properties"), "\\u12 not a properties file:");
        try (Inventory inventory = files.open(folder, PASSPHRASE)) {
            assertTrue(inventory.openingWarning().isEmpty());
        }
        assertTrue(Files.readString(temp.resolve("settings/history.properties")).contains(":"));
        assertFalse(Files.exists(temp.resolve("settings/history.properties.partial")));
    }
}
