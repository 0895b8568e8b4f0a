package org.custodian.cli;

import org.custodian.service.Inventory;
import org.custodian.service.InventoryFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Create the demo inventory of a realistic small company, to try Custodian on.")
final class DemoCommand implements Runnable {
    private final InventoryFiles files;
    private final Terminal terminal;

    @Mixin
    InventoryOption inventory;

    DemoCommand(InventoryFiles files, Terminal terminal) {
        this.files = files;
        this.terminal = terminal;
    }

    @Override
    public void run() {
        terminal.err().println("Creating the demo inventory (about two seconds)...");
        try (Inventory demo = files.createDemo(inventory.folder)) {
            var counts = demo.check().counts();
            terminal.out()
                    .println("Created the demo inventory \"" + demo.info().name() + "\" at " + demo.folder() + ": "
                            + counts.get("people") + " people, " + counts.get("assets") + " assets.");
            terminal.out()
                    .println("Its passphrase is \"" + InventoryFiles.DEMO_PASSPHRASE
                            + "\" (commands fill it in for the demo when none is given). Do not put real data in it.");
        }
    }
}
