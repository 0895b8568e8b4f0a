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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every report as a workbook from the command line, and a signed-off plan coming back. */
class ExcelCliTest {
    @TempDir Path temp;
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
                List.of("report", "exposure", "--organisation", "Fellside IT Services Ltd", "--format", "xlsx", "--out"),
                List.of("report", "who-can-touch", "--asset", "Office Wi-Fi key (HM-Office)", "--format", "xlsx", "--out"),
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
        assertEquals(0, run("plan", "departure", "-i", demo, "--person", "Kevin Dale", "--save", "--format", "xlsx",
                "--out", plan.toString()), err.toString());
        Path again = temp.resolve("again.xlsx");
        assertEquals(0, run("plan", "departure", "-i", demo, "--person", "Kevin Dale", "--saved", "--format", "xlsx",
                "--out", again.toString()), err.toString());
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

    private static String[] concat(List<String> head, String... tail) {
        String[] all = new String[head.size() + tail.length];
        head.toArray(all);
        System.arraycopy(tail, 0, all, head.size(), tail.length);
        return all;
    }
}
