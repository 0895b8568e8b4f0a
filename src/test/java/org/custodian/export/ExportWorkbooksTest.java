package org.custodian.export;

import static org.custodian.export.WorkbookAssertions.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.custodian.analysis.Exposure;
import org.custodian.analysis.ExposureLevel;
import org.custodian.analysis.Hygiene;
import org.custodian.analysis.Reachability;
import org.custodian.analysis.synthetic.SyntheticInventory;
import org.custodian.model.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each workbook written to a real file and read back with POI, as Excel and LibreOffice would read it. */
class ExportWorkbooksTest {
    private static final LocalDate DAY = SyntheticInventory.REFERENCE_DAY;
    private static final String HOSTILE = "=HYPERLINK(\"http://evil.example\",\"click\")";

    @TempDir
    Path temp;

    private final InventorySnapshot snapshot = withDangerousAsset(SyntheticInventory.generate(300, 7));
    private final InventoryIndex index = new InventoryIndex(snapshot);
    private final ReportContext context =
            new ReportContext(UUID.randomUUID(), "Test Ltd", DAY, 42, "abcdef0123456789ff");

    @Test
    void fullInventoryHasOneSheetPerRecordTypeWithRealDatesAndFrozenFilteredHeaders() throws Exception {
        Path file = temp.resolve("inventory.xlsx");
        WorkbookFile.save(InventoryWorkbook.build(snapshot, index, context), file);
        try (XSSFWorkbook workbook = open(file)) {
            assertEquals(
                    List.of(
                            "Summary",
                            "People",
                            "Organisations",
                            "Groups",
                            "Memberships",
                            "Assets",
                            "Custody",
                            "Grants",
                            "Rotations"),
                    sheetNames(workbook));
            assertFalse(workbook.getSheet("Summary").isDisplayGridlines(), "the summary reads like a page");
            for (String name : sheetNames(workbook).subList(1, 9)) {
                assertTableSheet(workbook.getSheet(name));
            }
            XSSFSheet assets = workbook.getSheet("Assets");
            assertEquals("Asset", header(assets).get(0));
            assertTrue(
                    header(assets).containsAll(List.of("Key number", "Copies issued", "Renewal", "Allowed address")));
            assertEquals(snapshot.assets().size(), assets.getLastRowNum() - SheetWriter.HEADER_ROW);
            assertDate(firstFilled(assets, "Last rotated"));
            assertDate(firstFilled(workbook.getSheet("Custody"), "From"));
            assertDate(firstFilled(workbook.getSheet("Memberships"), "From"));
            Cell kind = firstFilled(assets, "Kind");
            assertTrue(
                    List.of(AssetKind.values()).stream()
                            .map(AssetKind::label)
                            .toList()
                            .contains(kind.getStringCellValue()),
                    "kinds are readable words");
            assertEquals(CellType.NUMERIC, firstFilled(assets, "Copies issued").getCellType());
        }
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
    }

    @Test
    void textThatLooksLikeAFormulaIsQuotePrefixedAndStaysText() throws Exception {
        Path file = temp.resolve("inventory.xlsx");
        WorkbookFile.save(InventoryWorkbook.build(snapshot, index, context), file);
        try (XSSFWorkbook workbook = open(file)) {
            XSSFSheet assets = workbook.getSheet("Assets");
            Row hostile = null;
            for (Row row : assets) {
                Cell first = row.getCell(0);
                if (first != null && HOSTILE.equals(first.toString())) {
                    hostile = row;
                }
            }
            assertNotNull(hostile);
            assertEquals(CellType.STRING, hostile.getCell(0).getCellType());
            assertTrue(hostile.getCell(0).getCellStyle().getQuotePrefixed());
            Cell notes = hostile.getCell(column(assets, "Notes"));
            assertEquals("-1+2", notes.getStringCellValue());
            assertTrue(notes.getCellStyle().getQuotePrefixed());
            assertFalse(
                    assets.getRow(SheetWriter.HEADER_ROW + 1)
                            .getCell(1)
                            .getCellStyle()
                            .getQuotePrefixed(),
                    "ordinary text is not prefixed");
        }
    }

    @Test
    void personExposureHasASummaryWithAChartThenOneRowPerAsset() throws Exception {
        Person person = busiestPerson();
        Exposure exposure = Reachability.of(snapshot, DAY).exposureOf(person.id(), ExposureLevel.STILL_KNOWS);
        Path file = temp.resolve("exposure.xlsx");
        WorkbookFile.save(PersonExposureWorkbook.build(exposure, index, context), file);
        try (XSSFWorkbook workbook = open(file)) {
            assertEquals(List.of("Summary", "Assets"), sheetNames(workbook));
            XSSFSheet summary = workbook.getSheet("Summary");
            assertEquals(
                    "Everything " + person.name() + " could touch",
                    summary.getRow(0).getCell(0).getStringCellValue());
            assertEquals(1, summary.getDrawingPatriarch().getCharts().size(), "a bar chart by kind");
            XSSFSheet assets = workbook.getSheet("Assets");
            assertTableSheet(assets);
            assertEquals(
                    PersonExposureWorkbook.COLUMNS.stream().map(Column::header).toList(), header(assets));
            assertEquals(exposure.reaches().size(), assets.getLastRowNum() - SheetWriter.HEADER_ROW);
            Cell why = firstFilled(assets, "Why (the path that explains it)");
            assertTrue(why.getStringCellValue().startsWith(person.name()));
            assertTrue(why.getCellStyle().getWrapText());
        }
    }

    @Test
    void hygieneHasASummaryThenOneSheetPerFindingType() throws Exception {
        var findings = Hygiene.of(snapshot, DAY).all();
        Path file = temp.resolve("hygiene.xlsx");
        WorkbookFile.save(HygieneWorkbook.build(findings, index, context), file);
        try (XSSFWorkbook workbook = open(file)) {
            List<String> expected = new ArrayList<>(List.of("Summary"));
            findings.stream()
                    .map(f -> HygieneWorkbook.sheetName(f.type()))
                    .distinct()
                    .forEach(expected::add);
            assertEquals(expected, sheetNames(workbook));
            assertTableSheet(workbook.getSheet(expected.get(1)));
        }
    }

    @Test
    void keyRegisterCountsCopiesAndListsEveryHolder() throws Exception {
        Path file = temp.resolve("keys.xlsx");
        WorkbookFile.save(KeyRegisterWorkbook.build(snapshot, index, context), file);
        try (XSSFWorkbook workbook = open(file)) {
            assertEquals(List.of("Summary", "Keys", "Holders"), sheetNames(workbook));
            XSSFSheet keys = workbook.getSheet("Keys");
            assertTableSheet(keys);
            assertEquals(
                    snapshot.assets().stream()
                            .filter(a -> a.kind() == AssetKind.PHYSICAL_KEY)
                            .count(),
                    keys.getLastRowNum() - SheetWriter.HEADER_ROW);
            assertEquals(CellType.NUMERIC, firstFilled(keys, "Unaccounted").getCellType());
            assertDate(firstFilled(workbook.getSheet("Holders"), "Since"));
        }
    }

    @Test
    void aFailingOutputStreamLeavesNoFileAtTheTargetAndKeepsTheOldOne() throws Exception {
        Path file = temp.resolve("report.xlsx");
        Files.writeString(file, "the previous report");
        var workbook = InventoryWorkbook.build(snapshot, index, context);
        StorageException failure = assertThrows(
                StorageException.class, () -> WorkbookFile.save(workbook, file, out -> new FailingAfter(out, 10_000)));
        assertTrue(failure.getMessage().contains("Nothing was written"), failure.getMessage());
        assertEquals("the previous report", Files.readString(file));
        try (var left = Files.list(temp)) {
            assertEquals(List.of(file), left.toList(), "no partial temp file beside it");
        }
        Path missing = temp.resolve("no-such-folder").resolve("r.xlsx");
        assertThrows(
                StorageException.class,
                () -> WorkbookFile.save(InventoryWorkbook.build(snapshot, index, context), missing));
        assertThrows(
                ValidationException.class,
                () -> WorkbookFile.save(InventoryWorkbook.build(snapshot, index, context), temp.resolve("r.csv")));
    }

    @Test
    void theStreamedFullInventorySpillsOnlyCiphertextAndCleansUp() throws Exception {
        Path spill = Files.createDirectories(temp.resolve("poi-temp"));
        String canary = "CANARY-4f1d-the-registrar-notes";
        List<Asset> assets = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            assets.add(new Asset(
                    AssetId.random(),
                    "Canary asset " + i,
                    AssetSubtype.API_KEY,
                    Criticality.LOW,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    canary,
                    null,
                    null,
                    canary,
                    null));
        }
        assets.addAll(snapshot.assets());
        InventorySnapshot marked = new InventorySnapshot(
                snapshot.info(),
                snapshot.organisations(),
                snapshot.people(),
                snapshot.groups(),
                snapshot.memberships(),
                assets,
                snapshot.custody(),
                snapshot.grants(),
                snapshot.rotations());
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(spill.toFile()));
        try {
            var workbook = InventoryWorkbook.build(marked, new InventoryIndex(marked), context);
            List<Path> spilled;
            try (var files = Files.walk(spill)) {
                spilled = files.filter(Files::isRegularFile).toList();
            }
            assertFalse(spilled.isEmpty(), "rows were streamed to temp files");
            for (Path file : spilled) {
                assertFalse(
                        new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1)
                                .contains(canary),
                        "plaintext in " + file);
            }
            Path out = temp.resolve("inventory.xlsx");
            WorkbookFile.save(workbook, out);
            try (var files = Files.walk(spill)) {
                assertEquals(0, files.filter(Files::isRegularFile).count(), "temp files removed after saving");
            }
            try (XSSFWorkbook read = open(out)) {
                assertEquals(
                        canary,
                        read.getSheet("Assets")
                                .getRow(SheetWriter.HEADER_ROW + 1)
                                .getCell(column(read.getSheet("Assets"), "Notes"))
                                .getStringCellValue());
            }
        } finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        }
    }

    private Person busiestPerson() {
        Reachability reach = Reachability.of(snapshot, DAY);
        return snapshot.people().stream()
                .max((a, b) -> Integer.compare(
                        reach.exposureOf(a.id(), ExposureLevel.STILL_KNOWS)
                                .reaches()
                                .size(),
                        reach.exposureOf(b.id(), ExposureLevel.STILL_KNOWS)
                                .reaches()
                                .size()))
                .orElseThrow();
    }

    private static InventorySnapshot withDangerousAsset(InventorySnapshot s) {
        List<Asset> assets = new ArrayList<>(s.assets());
        assets.add(new Asset(
                AssetId.random(),
                HOSTILE,
                AssetSubtype.API_KEY,
                Criticality.LOW,
                "@SUM(A1)",
                null,
                null,
                null,
                null,
                null,
                "+cmd|' /C calc'!A0",
                null,
                null,
                "-1+2",
                null));
        return new InventorySnapshot(
                s.info(),
                s.organisations(),
                s.people(),
                s.groups(),
                s.memberships(),
                assets,
                s.custody(),
                s.grants(),
                s.rotations());
    }

    /** A disk that fills up part-way through the write. */
    private static final class FailingAfter extends FilterOutputStream {
        private long left;

        FailingAfter(OutputStream out, long bytes) {
            super(out);
            this.left = bytes;
        }

        @Override
        public void write(int b) throws IOException {
            if (--left < 0) {
                throw new IOException("No space left on device");
            }
            super.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            for (int i = 0; i < len; i++) {
                write(b[off + i]);
            }
        }
    }
}
