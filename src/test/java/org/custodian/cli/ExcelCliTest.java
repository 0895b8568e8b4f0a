package org.custodian.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.custodian.service.InventoryFiles;
import org.custodian.storage.KdfPolicy;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every report as a workbook from the command line, and a signed-off plan coming back. */
class ExcelCliTest {
    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final InventoryFiles files = new InventoryFiles(KdfPolicy.fastForTests(), Clock.systemUTC(), "tester");

    private int run(String... args) {
        Terminal terminal = new Terminal(new PrintWriter(out, true), new PrintWriter(err, true), Map.of(), q -> null);
        return new Cli(files, terminal).run(args);
    }

    @Test
    void everyReportWritesAWorkbook() throws Exception {
        String demo = temp.resolve("demo").toString();
        assertEquals(0, run("demo", "-i", demo));
        List<List<String>> commands = List.of(
                List.of("report", "exposure", "--person", "Kevin Dale", "--format", "xlsx", "--out"),
                List.of(
                        "report",
                        "exposure",
                        "--organisation",
                        "Fellside IT Services Ltd",
                        "--format",
                        "xlsx",
                        "--out"),
                List.of(
                        "report",
                        "who-can-touch",
                        "--asset",
                        "Office Wi-Fi key (HM-Office)",
                        "--format",
                        "xlsx",
                        "--out"),
                List.of("report", "hygiene", "--format", "xlsx", "--out"),
                List.of("report", "key-register", "--out"),
                List.of("export", "inventory", "--out"),
                List.of("plan", "departure", "--person", "Kevin Dale", "--hostile", "--format", "xlsx", "--out"));
        for (int i = 0; i < commands.size(); i++) {
            Path file = temp.resolve("report" + i + ".xlsx");
            String[] args = concat(commands.get(i), file.toString(), "-i", demo);
            assertEquals(0, run(args), String.join(" ", args) + "\n" + err);
            try (var workbook = WorkbookFactory.create(file.toFile(), null, true)) {
                assertTrue(workbook.getNumberOfSheets() >= 2, String.join(" ", args));
            }
        }
        assertTrue(err.toString().contains("Wrote "), err.toString());
        assertEquals(ExitCode.USAGE, run("report", "hygiene", "-i", demo, "--format", "xlsx"));
        assertTrue(err.toString().contains("--out"));
        assertEquals(ExitCode.USAGE, run("list", "assets", "-i", demo, "--format", "xlsx"));
    }

    @Test
    void aSavedPlanGoesOutAndItsSignOffComesBackOnlyWithApply() throws Exception {
        String demo = temp.resolve("demo").toString();
        run("demo", "-i", demo);
        Path plan = temp.resolve("plan.xlsx");
        assertEquals(
                0,
                run(
                        "plan",
                        "departure",
                        "-i",
                        demo,
                        "--person",
                        "Kevin Dale",
                        "--save",
                        "--format",
                        "xlsx",
                        "--out",
                        plan.toString()),
                err.toString());
        Path again = temp.resolve("again.xlsx");
        assertEquals(
                0,
                run(
                        "plan",
                        "departure",
                        "-i",
                        demo,
                        "--person",
                        "Kevin Dale",
                        "--saved",
                        "--format",
                        "xlsx",
                        "--out",
                        again.toString()),
                err.toString());
        try (XSSFWorkbook workbook = (XSSFWorkbook) WorkbookFactory.create(Files.newInputStream(plan))) {
            XSSFSheet sheet = workbook.getSheet("Plan");
            Row first = sheet.getRow(2);
            first.createCell(10).setCellValue("Done");
            first.createCell(11).setCellValue("Marco Rossi");
            first.createCell(12).setCellValue(LocalDate.now().minusDays(1).toString());
            first.createCell(13).setCellValue("Changed at the registrar");
            try (OutputStream stream = Files.newOutputStream(plan)) {
                workbook.write(stream);
            }
        }
        out.getBuffer().setLength(0);
        assertEquals(0, run("import", "signoff", plan.toString(), "-i", demo), err.toString());
        assertTrue(out.toString().contains("1 changes"), out.toString());
        assertTrue(out.toString().contains("--apply"), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("import", "signoff", plan.toString(), "-i", demo, "--apply"), err.toString());
        assertTrue(out.toString().contains("Recorded."), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("import", "signoff", plan.toString(), "-i", demo));
        assertTrue(out.toString().contains(": 0 changes"), out.toString());
    }

    @Test
    void escapesLongEvidenceAndWildDatesAreCaughtInThePreviewByRowAndColumn() throws Exception {
        String demo = temp.resolve("demo").toString();
        Path plan = savedPlan(demo);
        String evidence = "Changed_x001B_[31m at the registrar_x0007_"; // how Excel stores ESC and BEL
        edit(plan, sheet -> {
            fill(sheet.getRow(2), "Done", LocalDate.now().minusDays(1).toString(), evidence);
            fill(sheet.getRow(3), "Done", LocalDate.now().minusDays(1).toString(), "e".repeat(4001));
            fill(sheet.getRow(4), "Done", null, "ok");
            sheet.getRow(4).createCell(12).setCellValue(1E+300);
        });
        assertEquals(ExitCode.ERROR, run("import", "signoff", plan.toString(), "-i", demo, "--apply"));
        assertTrue(
                out.toString().contains("sheet \"Plan\", row 4, column \"Evidence\": at most 4,000 characters"),
                out.toString());
        assertTrue(
                out.toString()
                        .contains("sheet \"Plan\", row 5, column \"Done on\": the date is not between 1990 "
                                + "and 2200"),
                out.toString());
        assertFalse(out.toString().contains("22001") || err.toString().contains("disk"), err.toString());
        assertEquals(-1, out.toString().indexOf('\u001B'), "no raw ESC on the terminal");

        edit(plan, sheet -> {
            sheet.getRow(3).removeCell(sheet.getRow(3).getCell(13));
            sheet.getRow(4)
                    .getCell(12)
                    .setCellValue(LocalDate.now().minusDays(1).toString());
        });
        out.getBuffer().setLength(0);
        assertEquals(0, run("import", "signoff", plan.toString(), "-i", demo, "--apply"), out + "\n" + err);
        assertTrue(out.toString().contains("Recorded."), out.toString());
        try (var opened = files.open(Path.of(demo), InventoryFiles.DEMO_PASSPHRASE.toCharArray())) {
            assertTrue(
                    opened.departures().departures().stream()
                            .flatMap(d -> opened.departures().tasks(d.id()).stream())
                            .anyMatch(t -> "Changed[31m at the registrar".equals(t.evidence())),
                    "stored without ESC and BEL");
        }
    }

    @Test
    void thousandsOfBadRowsPrintFiftyProblemsAndACount() throws Exception {
        String demo = temp.resolve("demo").toString();
        Path plan = savedPlan(demo);
        edit(plan, sheet -> {
            for (int r = 0; r < 2000; r++) {
                sheet.createRow(sheet.getLastRowNum() + 1).createCell(0).setCellValue("not-a-task-" + r);
            }
        });
        assertEquals(ExitCode.ERROR, run("import", "signoff", plan.toString(), "-i", demo));
        assertEquals(
                50,
                out.toString()
                        .lines()
                        .filter(l -> l.startsWith("  problem: sheet"))
                        .count(),
                out.toString());
        assertTrue(out.toString().contains("  problem: ... and 1,950 more like these."), out.toString());
    }

    @Test
    @Tag("slow")
    void aZipBombIsRefusedInSecondsEvenWithApply() throws Exception {
        String demo = temp.resolve("demo").toString();
        assertEquals(0, run("demo", "-i", demo));
        Path bomb = org.custodian.importer.HostileWorkbooks.zipBomb(temp.resolve("bomb.xlsx"), 150L * 1024 * 1024);
        long start = System.nanoTime();
        int code = assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(10),
                () -> run("import", "signoff", bomb.toString(), "-i", demo, "--apply"));
        assertEquals(ExitCode.ERROR, code, err.toString());
        assertTrue(err.toString().contains("unpacks to far more than a sign-off workbook ever holds"), err.toString());
        assertTrue(System.nanoTime() - start < 10_000_000_000L);
    }

    private Path savedPlan(String demo) {
        assertEquals(0, run("demo", "-i", demo));
        Path plan = temp.resolve("plan.xlsx");
        assertEquals(
                0,
                run(
                        "plan",
                        "departure",
                        "-i",
                        demo,
                        "--person",
                        "Kevin Dale",
                        "--save",
                        "--format",
                        "xlsx",
                        "--out",
                        plan.toString()),
                err.toString());
        out.getBuffer().setLength(0);
        return plan;
    }

    private static void fill(Row row, String status, String doneOn, String evidence) {
        row.createCell(10).setCellValue(status);
        row.createCell(11).setCellValue("Marco Rossi");
        if (doneOn != null) {
            row.createCell(12).setCellValue(doneOn);
        }
        row.createCell(13).setCellValue(evidence);
    }

    private static void edit(Path file, java.util.function.Consumer<XSSFSheet> change) throws Exception {
        try (XSSFWorkbook workbook = (XSSFWorkbook) WorkbookFactory.create(Files.newInputStream(file))) {
            change.accept(workbook.getSheet("Plan"));
            try (OutputStream stream = Files.newOutputStream(file)) {
                workbook.write(stream);
            }
        }
    }

    private static String[] concat(List<String> head, String... tail) {
        String[] all = new String[head.size() + tail.length];
        head.toArray(all);
        System.arraycopy(tail, 0, all, head.size(), tail.length);
        return all;
    }
}
