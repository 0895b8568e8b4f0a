package org.custodian.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Messages and exit codes that must not send the user the wrong way (issue 8, finding 4.8). */
class CliMessagesTest extends CliTestBase {
    private static final String FIELDS = "Correct the fields named above";

    @Test
    void aMistypedPathIsAUsageErrorNotDamage() throws Exception {
        environment.put("CUSTODIAN_PASSPHRASE", "the right passphrase");
        Path missing = temp.resolve("acme-typo");
        Path unrelated = Files.createDirectories(temp.resolve("photos"));
        Files.writeString(unrelated.resolve("holiday.jpg"), "not an inventory");
        for (Path wrong : new Path[] {missing, unrelated, Files.createDirectories(temp.resolve("empty"))}) {
            err.getBuffer().setLength(0);
            assertEquals(ExitCode.USAGE, run("check", "-i", wrong.toString()), err.toString());
            assertTrue(
                    err.toString()
                            .startsWith("No Custodian inventory at " + wrong.toAbsolutePath() + " (check the path)."),
                    err.toString());
            assertFalse(err.toString().contains("damaged") || err.toString().contains("backup"), err.toString());
            assertEquals(ExitCode.USAGE, run("list", "people", "-i", wrong.toString()));
        }
        assertFalse(Files.exists(missing), "looking did not create it");
        var desktop = assertThrows(
                org.custodian.model.NoInventoryException.class,
                () -> files.open(missing, "the right passphrase".toCharArray()),
                "the window's Open says the same");
        assertFalse(desktop.nextStep().contains("backup"));
    }

    @Test
    void onlyARefusalThatNamesFieldsPointsAtFields() throws Exception {
        Path demo = temp.resolve("demo");
        run("demo", "-i", demo.toString());
        Path notAWorkbook = Files.writeString(temp.resolve("signed.xlsx"), "not a zip");
        err.getBuffer().setLength(0);
        assertEquals(ExitCode.ERROR, run("import", "signoff", notAWorkbook.toString(), "-i", demo.toString()));
        assertFalse(err.toString().contains(FIELDS), err.toString());
        assertTrue(err.toString().contains("Nothing was changed."), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(
                ExitCode.ERROR,
                run(
                        "export",
                        "inventory",
                        "-i",
                        demo.toString(),
                        "--out",
                        temp.resolve("x.csv").toString()));
        assertFalse(err.toString().contains(FIELDS), err.toString());

        environment.put("CUSTODIAN_PASSPHRASE", "the right passphrase");
        err.getBuffer().setLength(0);
        assertEquals(ExitCode.ERROR, run("init", "-i", temp.resolve("blank").toString(), "--name", "  "));
        assertTrue(err.toString().contains(FIELDS), "a rule about the name still points at it: " + err);
    }

    @Test
    void aCorruptWorkbookGivesTheCleanMessageOnlyWithoutLibraryTraces() throws Exception {
        Path demo = temp.resolve("demo");
        run("demo", "-i", demo.toString());
        Path broken = brokenContentTypes(temp.resolve("returned.xlsx"));
        Path truncated = temp.resolve("truncated.xlsx");
        Files.write(truncated, java.util.Arrays.copyOf(Files.readAllBytes(broken), 300));
        for (Path workbook : new Path[] {broken, truncated}) {
            err.getBuffer().setLength(0);
            String logged = capturingStandardError(() ->
                    assertEquals(ExitCode.ERROR, run("import", "signoff", workbook.toString(), "-i", demo.toString())));
            assertEquals("", logged, "nothing from the libraries reaches the terminal");
            assertEquals(
                    String.join(
                            System.lineSeparator(),
                            "Using the demo inventory's public passphrase.",
                            "\"" + workbook.getFileName() + "\" is not an Excel workbook (.xlsx) Custodian can read.",
                            "Nothing was changed."),
                    err.toString().strip());
        }
    }

    @Test
    void aFailedInitTakesBackTheFolderItMade() throws Exception {
        environment.put("CUSTODIAN_PASSPHRASE", "the right passphrase");
        String tooLong = "x".repeat(400);
        Path fresh = temp.resolve("acme");
        assertEquals(ExitCode.ERROR, run("init", "-i", fresh.toString(), "--name", tooLong), err.toString());
        assertFalse(Files.exists(fresh), "no half-created folder left behind");
        Path nested = temp.resolve("clients").resolve("2026").resolve("acme");
        assertEquals(ExitCode.ERROR, run("init", "-i", nested.toString(), "--name", tooLong));
        assertFalse(Files.exists(temp.resolve("clients")), "nor the parents it made on the way");

        Path empty = Files.createDirectories(temp.resolve("prepared"));
        assertEquals(ExitCode.ERROR, run("init", "-i", empty.toString(), "--name", tooLong));
        assertTrue(Files.isDirectory(empty), "a folder the user made stays");
        try (var left = Files.list(empty)) {
            assertEquals(0, left.count(), "and is empty again");
        }
        assertEquals(
                0, run("init", "-i", fresh.toString(), "--name", "Acme Ltd"), "a retry meets a clean folder: " + err);

        Path occupied = Files.createDirectories(temp.resolve("occupied"));
        Files.writeString(occupied.resolve("notes.txt"), "mine");
        assertNotEquals(0, run("init", "-i", occupied.toString()));
        assertEquals("mine", Files.readString(occupied.resolve("notes.txt")));
    }

    /** A real workbook whose [Content_Types].xml is cut off: the zip opens, its XML does not. */
    private static Path brokenContentTypes(Path target) throws IOException {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Plan").createRow(0).createCell(0).setCellValue("Task");
            workbook.write(whole);
        }
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(whole.toByteArray()));
                ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                zip.write(
                        entry.getName().equals("[Content_Types].xml")
                                ? "<Types xmlns=\"".getBytes(StandardCharsets.UTF_8)
                                : content);
                zip.closeEntry();
            }
        }
        return target;
    }

    /** Logging writes to the process's standard error; the Terminal's err is separate, so anything here leaked. */
    private static String capturingStandardError(Runnable work) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            work.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
