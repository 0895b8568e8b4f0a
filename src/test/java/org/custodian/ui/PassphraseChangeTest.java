package org.custodian.ui;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Clock;
import org.custodian.model.WrongPassphraseException;
import org.custodian.service.Inventory;
import org.custodian.service.InventoryFiles;
import org.custodian.storage.KdfPolicy;
import org.custodian.ui.shell.PassphraseChangeModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassphraseChangeTest {
    @TempDir
    Path temp;

    @Test
    void theNewPassphraseMustBeTypedTwiceThenOnlyItOpensTheInventory() {
        InventoryFiles files = new InventoryFiles(KdfPolicy.fastForTests(), Clock.systemUTC(), "tester");
        Path folder = temp.resolve("inv");
        try (Inventory inventory = files.create(folder, "Acme", "the first passphrase".toCharArray())) {
            PassphraseChangeModel model = new PassphraseChangeModel(inventory, TaskRunner.synchronous());
            model.passphrase().typed().set("the second passphrase");
            model.passphrase().repeated().set("the second passphrase!");
            assertFalse(model.canChange().get());
            model.change();
            assertTrue(model.message().get().startsWith("Type the new passphrase twice"));
            model.passphrase().repeated().set("the second passphrase");
            model.change();
            assertTrue(
                    model.message().get().startsWith("The passphrase was changed"),
                    model.message().get());
            assertEquals("", model.passphrase().typed().get(), "the typed passphrase is not kept");
        }
        assertThrows(WrongPassphraseException.class, () -> files.open(folder, "the first passphrase".toCharArray()));
        files.open(folder, "the second passphrase".toCharArray()).close();
    }
}
