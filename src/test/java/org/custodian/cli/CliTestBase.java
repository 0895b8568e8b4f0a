package org.custodian.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.custodian.service.InventoryFiles;
import org.custodian.storage.KdfPolicy;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a script meets it, in-process: real inventories, captured stdout and stderr, no prompt. */
abstract class CliTestBase {
    @TempDir
    Path temp;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final Map<String, String> environment = new HashMap<>();
    final InventoryFiles files = new InventoryFiles(KdfPolicy.fastForTests(), Clock.systemUTC(), "tester");

    int run(String... args) {
        Terminal terminal =
                new Terminal(new PrintWriter(out, true), new PrintWriter(err, true), environment, q -> null);
        return new Cli(files, terminal).run(args);
    }
}
