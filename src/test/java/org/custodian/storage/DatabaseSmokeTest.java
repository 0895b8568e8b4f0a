package org.custodian.storage;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Clock;
import org.custodian.model.WrongPassphraseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseSmokeTest {
    @TempDir Path temp;

    @Test
    void createWriteReopen() {
        Path dir = temp.resolve("inv");
        try (Database db = Database.create(dir, "pass word".toCharArray(), KdfPolicy.fastForTests(), false, "me", Clock.systemUTC())) {
            db.write(tx -> { tx.audit("TEST", "thing", 1, null, "x"); return null; });
        }
        try (Database db = Database.open(dir, "pass word".toCharArray(), KdfPolicy.fastForTests(), "me", Clock.systemUTC())) {
            assertEquals(1, db.auditHead());
        }
        assertThrows(WrongPassphraseException.class, () -> Database.open(dir, "nope".toCharArray(), KdfPolicy.fastForTests(), "me", Clock.systemUTC()));
    }
}
