package org.custodian.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The inventory folder every command works on. */
final class InventoryOption {
    @Option(
            names = {"-i", "--inventory"},
            required = true,
            paramLabel = "FOLDER",
            description = "The inventory folder.")
    Path folder;
}
