package org.custodian.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.custodian.service.InventoryFiles;
import org.custodian.storage.KdfPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "done means" for the CSV set: on a fresh {@code init}, {@code import inventory sample-data
 * --apply} gives the demo company itself. Both run on the golden tests' clock, the demo's own as_of
 * (2026-11-27), where the demo's date shifting moves nothing, so the imported dates (taken as written) and
 * the demo's are the same days; the answers must then be identical, byte for byte.
 */
class ImportReproducesDemoTest {
    private static final String KEVIN = "Kevin Dale";
    private static final String FELLSIDE = "Fellside IT Services Ltd";

    @TempDir
    Path temp;

    private final InventoryFiles files =
            new InventoryFiles(KdfPolicy.fastForTests(), DemoOutputsGoldenTest.CLOCK, "tester");

    private String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Terminal terminal = new Terminal(
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                Map.of("CUSTODIAN_PASSPHRASE", "open the demo"),
                q -> null);
        int code = new Cli(files, terminal).run(args);
        assertEquals(0, code, out + "\n" + err);
        return out.toString();
    }

    @Test
    void importingTheCsvSetIntoAFreshInventoryAnswersExactlyAsTheDemo() {
        String demo = temp.resolve("demo").toString();
        String imported = temp.resolve("imported").toString();
        run("demo", "-i", demo);
        run("init", "-i", imported, "--name", "Hartwell Moor Engineering Ltd");
        assertTrue(run("import", "inventory", "sample-data", "-i", imported, "--apply")
                .contains("Written"));

        List<Executable> checks = new ArrayList<>();
        for (List<String> question : questions()) {
            String expected = ask(demo, question);
            String actual = ask(imported, question);
            checks.add(() -> assertEquals(expected, actual, String.join(" ", question)));
            checks.add(() -> assertTrue(expected.length() > 200, "a real answer: " + expected));
        }
        assertAll(checks);
    }

    private String ask(String inventory, List<String> question) {
        return run(Stream.concat(question.stream(), Stream.of("-i", inventory, "--format", "json"))
                .toArray(String[]::new));
    }

    private static List<List<String>> questions() {
        return List.of(
                List.of("report", "exposure", "--person", KEVIN, "--as-of", "2026-11-27"),
                List.of("report", "exposure", "--person", KEVIN, "--all"),
                List.of("report", "exposure", "--person", "Neil Parrish", "--all"),
                List.of("report", "exposure", "--organisation", FELLSIDE),
                List.of("report", "who-can-touch", "--asset", "Office Wi-Fi key (HM-Office)", "--all"),
                List.of("plan", "departure", "--person", KEVIN),
                List.of("plan", "departure", "--person", KEVIN, "--hostile"),
                List.of("plan", "departure", "--organisation", FELLSIDE, "--hostile"),
                List.of("report", "hygiene", "--as-of", "2026-11-27"),
                List.of("report", "hygiene", "--as-of", "2027-02-01"));
    }
}
