package org.custodian;

import java.util.OptionalInt;
import org.custodian.cli.Cli;
import org.custodian.export.PrivateTempFiles;
import org.custodian.service.InventoryFiles;

/**
 * Entry point of the jar. Kept apart from {@link App} because a main class that extends
 * Application fails on the class path; with arguments it runs the command line instead.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) {
        OptionalInt relaunched = HardenedJvm.relaunch(args, Cli::noteFirstRun);
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
        }
        PrivateTempFiles.install();
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        if (args.length == 0) {
            App.launchWindow();
            return;
        }
        System.exit(Cli.forConsole(InventoryFiles.forThisMachine()).run(args));
    }
}
