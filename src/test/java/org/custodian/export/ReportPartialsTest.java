package org.custodian.export;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Partial report files: private from their first byte, and never left behind by a killed export (issue 8, 4.6). */
class ReportPartialsTest {
    private static final FileTime A_MINUTE_AGO = FileTime.from(Instant.now().minusSeconds(60));

    @TempDir
    Path temp;

    @Test
    void theNextSaveRemovesAbandonedPartialsBesideItAndNothingElse() throws Exception {
        Path abandoned = Files.writeString(temp.resolve(".old report.xlsx.partial"), "Plaintext person 1");
        Path upperCase = Files.writeString(temp.resolve(".KEYS.XLSX.partial"), "Plaintext person 2");
        Path notOurs = Files.writeString(temp.resolve("notes.xlsx.partial"), "someone else's");
        Path dotfile = Files.writeString(temp.resolve(".profile"), "keep");
        Path elsewhere = Files.writeString(
                Files.createDirectories(temp.resolve("elsewhere")).resolve("target.txt"), "keep");
        Path link = Files.createSymbolicLink(temp.resolve(".link.xlsx.partial"), elsewhere);
        for (Path path : new Path[] {abandoned, upperCase, notOurs, dotfile}) {
            Files.setLastModifiedTime(path, A_MINUTE_AGO);
        }
        WorkbookFile.save(smallWorkbook(), temp.resolve("report.xlsx"));
        assertFalse(Files.exists(abandoned));
        assertFalse(Files.exists(upperCase));
        assertTrue(Files.exists(notOurs), "only our own naming pattern");
        assertTrue(Files.exists(dotfile));
        assertTrue(Files.isSymbolicLink(link), "links are not followed or removed");
        assertEquals("keep", Files.readString(elsewhere));
        assertTrue(Files.exists(temp.resolve("report.xlsx")));
    }

    @Test
    @Tag("slow")
    void aLivePartialOfAnotherProcessIsKeptUntilThatProcessIsKilled() throws Exception {
        Path target = temp.resolve("exposure.xlsx");
        Path partial = temp.resolve(".exposure.xlsx.partial");
        Process writer = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        StalledExport.class.getName(),
                        target.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            BufferedReader said =
                    new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8));
            assertEquals(StalledExport.STALLED, said.readLine(), "the other export is part-way through");
            assertTrue(Files.size(partial) > 0);
            Files.setLastModifiedTime(partial, A_MINUTE_AGO); // only its lock now says it is alive
            WorkbookFile.save(smallWorkbook(), temp.resolve("other.xlsx"));
            assertTrue(Files.exists(partial), "a partial still being written is left alone");
        } finally {
            writer.destroyForcibly(); // kill -9: no finally block in the writer runs
            assertTrue(writer.waitFor(30, TimeUnit.SECONDS));
        }
        assertTrue(Files.exists(partial), "the killed export left its plaintext partial behind");
        Files.setLastModifiedTime(partial, A_MINUTE_AGO);
        WorkbookFile.save(smallWorkbook(), temp.resolve("later.xlsx"));
        assertFalse(Files.exists(partial), "the next save beside it removed it");
    }

    @Test
    void thePartialIsOwnerOnlyBeforeItsFirstByte() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path target = temp.resolve("report.xlsx");
        Path partial = temp.resolve(".report.xlsx.partial");
        WorkbookFile.save(smallWorkbook(), target, out -> {
            try {
                assertEquals(0, Files.size(partial));
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(partial)));
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
            return out;
        });
        assertTrue(Files.exists(target));
        assertFalse(Files.exists(partial));
    }

    private static XSSFWorkbook smallWorkbook() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        workbook.createSheet("Summary").createRow(0).createCell(0).setCellValue("Report");
        return workbook;
    }
}
