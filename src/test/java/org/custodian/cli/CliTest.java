package org.custodian.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.custodian.service.InventoryFiles;
import org.custodian.storage.KdfPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a script or a person at a terminal meets it: output, messages and exit codes. */
class CliTest {
    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Map<String, String> environment = new HashMap<>();
    private final Deque<String> typed = new ArrayDeque<>();
    private final InventoryFiles files = new InventoryFiles(KdfPolicy.fastForTests(), Clock.systemUTC(), "tester");

    private int run(String... args) {
        Terminal terminal = new Terminal(
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                environment,
                question -> typed.isEmpty() ? null : typed.pop().toCharArray());
        return new Cli(files, terminal).run(args);
    }

    @Test
    void initThenCheckWithThePassphraseFromTheEnvironment() {
        environment.put("CUSTODIAN_PASSPHRASE", "correct horse battery staple");
        Path folder = temp.resolve("acme");
        assertEquals(0, run("init", "--inventory", folder.toString(), "--name", "Acme Ltd"));
        assertTrue(out.toString().contains("Created the inventory \"Acme Ltd\""));
        assertEquals(0, run("check", "-i", folder.toString()));
        assertTrue(out.toString().contains("No problems found."), out.toString());
    }

    @Test
    void initAsksTwiceAtAPromptAndRefusesDifferentAnswers() {
        typed.add("first answer here");
        typed.add("second answer here");
        assertEquals(ExitCode.USAGE, run("init", "-i", temp.resolve("x").toString()));
        assertTrue(err.toString().contains("differ"));
        assertFalse(Files.exists(temp.resolve("x")));
        typed.add("same answer here");
        typed.add("same answer here");
        assertEquals(0, run("init", "-i", temp.resolve("x").toString()));
    }

    @Test
    void passphraseFileIsRead() throws Exception {
        Path file = Files.writeString(temp.resolve("pass.txt"), "from a file with spaces\n");
        Path folder = temp.resolve("f");
        assertEquals(0, run("init", "-i", folder.toString(), "--passphrase-file", file.toString()));
        assertEquals(0, run("check", "-i", folder.toString(), "--passphrase-file", file.toString()));
    }

    @Test
    void noPassphraseSourceIsAUsageError() {
        assertEquals(ExitCode.USAGE, run("init", "-i", temp.resolve("n").toString()));
        assertTrue(err.toString().contains("CUSTODIAN_PASSPHRASE"), err.toString());
    }

    @Test
    void wrongPassphraseExitsWithThree() {
        environment.put("CUSTODIAN_PASSPHRASE", "the right passphrase");
        Path folder = temp.resolve("w");
        run("init", "-i", folder.toString());
        environment.put("CUSTODIAN_PASSPHRASE", "the wrong passphrase");
        assertEquals(ExitCode.WRONG_PASSPHRASE, run("check", "-i", folder.toString()));
        assertTrue(err.toString().contains("The passphrase does not open this inventory."));
        assertFalse(err.toString().contains("the wrong passphrase"));
    }

    @Test
    void damagedInventoryExitsWithFour() throws Exception {
        environment.put("CUSTODIAN_PASSPHRASE", "the right passphrase");
        Path folder = temp.resolve("d");
        run("init", "-i", folder.toString());
        Files.write(folder.resolve("inventory.mv.db"), new byte[4096]);
        assertEquals(ExitCode.DAMAGED, run("check", "-i", folder.toString()));
        assertTrue(err.toString().contains("damaged"), err.toString());
        assertTrue(err.toString().contains("backup"), err.toString());
    }

    @Test
    void inventoryOpenElsewhereExitsWithFive() {
        environment.put("CUSTODIAN_PASSPHRASE", "the right passphrase");
        Path folder = temp.resolve("o");
        run("init", "-i", folder.toString());
        try (var open = files.open(folder, "the right passphrase".toCharArray())) {
            assertEquals(ExitCode.ALREADY_OPEN, run("check", "-i", folder.toString()));
            assertTrue(err.toString().contains("already open"));
        }
    }

    @Test
    void demoThenCheckWorksWithoutAnyPassphraseGiven() {
        Path folder = temp.resolve("demo");
        assertEquals(0, run("demo", "--inventory", folder.toString()));
        assertTrue(out.toString().contains("open the demo"));
        assertEquals(0, run("check", "--inventory", folder.toString()));
        assertTrue(out.toString().contains("15 people"), out.toString());
    }

    @Test
    void changePassphraseThenOnlyTheNewOneOpens() {
        environment.put("CUSTODIAN_PASSPHRASE", "the first passphrase");
        Path folder = temp.resolve("c");
        run("init", "-i", folder.toString());
        environment.put("CUSTODIAN_NEW_PASSPHRASE", "the second passphrase");
        assertEquals(0, run("change-passphrase", "-i", folder.toString()));
        assertEquals(ExitCode.WRONG_PASSPHRASE, run("check", "-i", folder.toString()));
        environment.put("CUSTODIAN_PASSPHRASE", "the second passphrase");
        assertEquals(0, run("check", "-i", folder.toString()));
    }

    @Test
    void helpVersionAndUnknownCommands() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("Exit codes"));
        assertEquals(0, run("--version"));
        assertTrue(out.toString().contains("Custodian"));
        assertEquals(ExitCode.USAGE, run("frobnicate"));
        assertEquals(ExitCode.USAGE, run("check"));
        assertTrue(err.toString().contains("--inventory"), err.toString());
    }

    @Test
    void reportsAnswerAboutTheDemoCompanyInTextAndJson() throws Exception {
        Path folder = temp.resolve("demo");
        run("demo", "-i", folder.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("report", "exposure", "-i", folder.toString(), "--person", "Kevin Dale"));
        assertTrue(out.toString().startsWith("Everything Kevin Dale could touch"), out.toString());
        assertTrue(out.toString().contains("Can reach now"));
        out.getBuffer().setLength(0);
        assertEquals(
                0, run("report", "exposure", "-i", folder.toString(), "--person", "kevin dale", "--format", "json"));
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
        assertTrue(json.get("count").asInt() > 20);
        var first = json.get("results").get(0);
        for (String field : new String[] {"asset", "kind", "level", "via", "sentence", "path"}) {
            assertTrue(first.has(field), field);
        }
        out.getBuffer().setLength(0);
        assertEquals(
                0, run("report", "who-can-touch", "-i", folder.toString(), "--asset", "Office Wi-Fi key (HM-Office)"));
        assertTrue(out.toString().contains("Still knows"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("report", "hygiene", "-i", folder.toString()));
        assertTrue(out.toString().contains("Departed and still knows"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("list", "assets", "-i", folder.toString()));
        assertTrue(out.toString().lines().count() >= 60);
    }

    @Test
    void planDepartureIsAWhatIfUnlessSaved() throws Exception {
        Path folder = temp.resolve("demo");
        run("demo", "-i", folder.toString());
        out.getBuffer().setLength(0);
        assertEquals(
                0,
                run(
                        "plan",
                        "departure",
                        "-i",
                        folder.toString(),
                        "--person",
                        "Kevin Dale",
                        "--hostile",
                        "--format",
                        "json"));
        var plan = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
        assertEquals("HOSTILE", plan.get("mode").asText());
        assertEquals("BEFORE_NOTIFYING", plan.get("tasks").get(0).get("phase").asText());
        assertEquals(1, plan.get("tasks").get(0).get("order").asInt());
        assertFalse(err.toString().contains("Saved"));
        assertEquals(
                0,
                run(
                        "plan",
                        "departure",
                        "-i",
                        folder.toString(),
                        "--organisation",
                        "Fellside IT Services Ltd",
                        "--last-day",
                        "2026-12-31",
                        "--save"));
        assertTrue(err.toString().contains("Saved the departure"), err.toString());
    }

    @Test
    void unknownNamesListTheClosestMatches() {
        Path folder = temp.resolve("demo");
        run("demo", "-i", folder.toString());
        assertEquals(ExitCode.ERROR, run("report", "exposure", "-i", folder.toString(), "--person", "Kevn Dale"));
        assertTrue(err.toString().contains("Closest: Kevin Dale"), err.toString());
    }

    @Test
    void thereIsNoPassphraseArgument() {
        assertEquals(ExitCode.USAGE, run("init", "-i", temp.resolve("p").toString(), "--passphrase", "secret"));
    }
}
