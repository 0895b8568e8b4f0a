package org.custodian.cli;

import static org.junit.jupiter.api.Assertions.assertAll;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.custodian.service.InventoryFiles;
import org.custodian.storage.KdfPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What scripts read from the demo inventory (every JSON output, and the text beside it) stays exactly as
 * it was: the JSON field names and values are a contract (see {@link ReportJson}). The clock is fixed on
 * the demo's own day, so the demo's dates are not shifted and every output is the same on any day.
 */
class DemoOutputsGoldenTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC);
    /** Tasks are due on the day they were planned at the latest, so overdue ones need a later day. */
    private static final Clock LATER = Clock.fixed(Instant.parse("2026-12-10T09:00:00Z"), ZoneOffset.UTC);

    private static final String KEVIN = "Kevin Dale";
    private static final String FELLSIDE = "Fellside IT Services Ltd";
    private static final String WIFI = "Office Wi-Fi key (HM-Office)";

    @TempDir
    Path temp;

    private final GoldenFiles golden = new GoldenFiles("cli");

    /** Exit code, standard output and standard error of one command, as one text. */
    static String run(InventoryFiles files, List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Terminal terminal = new Terminal(new PrintWriter(out, true), new PrintWriter(err, true), Map.of(), q -> null);
        int code = new Cli(files, terminal).run(args.toArray(String[]::new));
        return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
    }

    @Test
    void theDemoAnswersAsItDidBeforeTheRefactoring() {
        InventoryFiles files = new InventoryFiles(KdfPolicy.fastForTests(), CLOCK, "tester");
        String demo = temp.resolve("demo").toString();
        run(files, List.of("demo", "-i", demo));
        for (Case c : readOnly()) {
            golden.check(c.name, run(files, c.withInventory(demo)));
        }
        for (Case c : saving()) {
            golden.check(c.name, run(files, c.withInventory(demo)));
        }
        InventoryFiles later = new InventoryFiles(KdfPolicy.fastForTests(), LATER, "tester");
        for (Case c : later()) {
            golden.check(c.name, run(later, c.withInventory(demo)));
        }
        assertAll(golden.checks());
    }

    private static List<Case> readOnly() {
        List<Case> cases = new ArrayList<>();
        for (String what : List.of("people", "assets")) {
            cases.add(new Case("list-" + what + "-json", "list", what, "--format", "json"));
            cases.add(new Case("list-" + what + "-text", "list", what));
        }
        cases.add(new Case("exposure-person-json", "report", "exposure", "--person", KEVIN, "--format", "json"));
        cases.add(new Case(
                "exposure-person-lower-case-json",
                "report",
                "exposure",
                "--person",
                " kevin dale ",
                "--format",
                "json"));
        cases.add(new Case(
                "exposure-person-all-json", "report", "exposure", "--person", KEVIN, "--all", "--format", "json"));
        cases.add(new Case(
                "exposure-person-as-of-json",
                "report",
                "exposure",
                "--person",
                "Neil Parrish",
                "--as-of",
                "2025-06-01",
                "--format",
                "json"));
        cases.add(new Case(
                "exposure-departed-all-json",
                "report",
                "exposure",
                "--person",
                "Neil Parrish",
                "--all",
                "--format",
                "json"));
        cases.add(new Case("exposure-person-text", "report", "exposure", "--person", KEVIN, "--all"));
        cases.add(new Case(
                "exposure-organisation-json", "report", "exposure", "--organisation", FELLSIDE, "--format", "json"));
        cases.add(new Case(
                "exposure-organisation-all-json",
                "report",
                "exposure",
                "--organisation",
                FELLSIDE,
                "--all",
                "--format",
                "json"));
        cases.add(new Case("exposure-organisation-text", "report", "exposure", "--organisation", FELLSIDE));
        cases.add(new Case("who-can-touch-json", "report", "who-can-touch", "--asset", WIFI, "--format", "json"));
        cases.add(new Case(
                "who-can-touch-all-json", "report", "who-can-touch", "--asset", WIFI, "--all", "--format", "json"));
        cases.add(new Case(
                "who-can-touch-as-of-json",
                "report",
                "who-can-touch",
                "--asset",
                WIFI,
                "--as-of",
                "2024-01-15",
                "--format",
                "json"));
        cases.add(new Case("who-can-touch-text", "report", "who-can-touch", "--asset", WIFI, "--all"));
        cases.add(new Case("hygiene-json", "report", "hygiene", "--format", "json"));
        cases.add(new Case("hygiene-text", "report", "hygiene"));
        cases.addAll(plans());
        cases.addAll(unknownNames());
        return cases;
    }

    private static List<Case> plans() {
        return List.of(
                new Case("plan-person-json", "plan", "departure", "--person", KEVIN, "--format", "json"),
                new Case(
                        "plan-person-hostile-json",
                        "plan",
                        "departure",
                        "--person",
                        KEVIN,
                        "--hostile",
                        "--type",
                        "termination",
                        "--format",
                        "json"),
                new Case(
                        "plan-employee-json",
                        "plan",
                        "departure",
                        "--person",
                        "Priya Nair",
                        "--last-day",
                        "2027-01-15",
                        "--format",
                        "json"),
                new Case("plan-organisation-json", "plan", "departure", "--organisation", FELLSIDE, "--format", "json"),
                new Case("plan-person-text", "plan", "departure", "--person", KEVIN, "--hostile"),
                new Case("plan-organisation-text", "plan", "departure", "--organisation", FELLSIDE));
    }

    private static List<Case> unknownNames() {
        return List.of(
                new Case("unknown-person-exposure", "report", "exposure", "--person", "Kevn Dale"),
                new Case("unknown-organisation-exposure", "report", "exposure", "--organisation", "Fellside"),
                new Case("unknown-asset-who-can-touch", "report", "who-can-touch", "--asset", "Office WiFi"),
                new Case("unknown-person-plan", "plan", "departure", "--person", "Nobody", "--format", "json"),
                new Case(
                        "unknown-organisation-plan", "plan", "departure", "--organisation", "Acme", "--format", "json"),
                new Case(
                        "unknown-person-exposure-xlsx",
                        "report",
                        "exposure",
                        "--person",
                        "Kevn Dale",
                        "--format",
                        "xlsx",
                        "--out",
                        "unwritten.xlsx"),
                new Case(
                        "unknown-asset-who-can-touch-xlsx",
                        "report",
                        "who-can-touch",
                        "--asset",
                        "Office WiFi",
                        "--format",
                        "xlsx",
                        "--out",
                        "unwritten.xlsx"),
                new Case(
                        "nothing-saved-yet",
                        "plan",
                        "departure",
                        "--person",
                        KEVIN,
                        "--saved",
                        "--format",
                        "xlsx",
                        "--out",
                        "unwritten.xlsx"));
    }

    private static List<Case> saving() {
        return List.of(
                new Case(
                        "plan-save-json",
                        "plan",
                        "departure",
                        "--person",
                        KEVIN,
                        "--last-day",
                        "2026-11-20",
                        "--save",
                        "--format",
                        "json"),
                new Case(
                        "plan-save-organisation-text",
                        "plan",
                        "departure",
                        "--organisation",
                        "Voxline Telecom Ltd",
                        "--last-day",
                        "2026-11-01",
                        "--save"));
    }

    /** Days later the saved departures' open tasks are overdue, and hygiene lists them. */
    private static List<Case> later() {
        return List.of(
                new Case("hygiene-after-save-json", "report", "hygiene", "--format", "json"),
                new Case("hygiene-after-save-text", "report", "hygiene"),
                new Case("exposure-after-save-json", "report", "exposure", "--person", KEVIN, "--format", "json"));
    }

    record Case(String name, List<String> args) {
        Case(String name, String... args) {
            this(name, List.of(args));
        }

        List<String> withInventory(String folder) {
            List<String> all = new ArrayList<>(args);
            all.add("-i");
            all.add(folder);
            return all;
        }
    }
}
