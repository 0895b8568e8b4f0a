package org.custodian.export;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.UUID;
import org.apache.poi.util.TempFile;
import org.custodian.analysis.synthetic.SyntheticInventory;
import org.custodian.model.InventorySnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POI's temp files go to a folder only this user can open, and the folder goes at the end (issue 8, 4.6). */
class PrivateTempFilesTest {
    @TempDir
    Path systemTemp;

    @Test
    void poiTempFilesGoToAnOwnerOnlyFolderOfThisProcessWhichIsRemovedAtTheEnd() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        PrivateTempFiles strategy = new PrivateTempFiles(systemTemp);
        assertNull(strategy.folderInUse(), "nothing is made before POI asks");
        File spilled = TempFile.withStrategy(strategy, () -> {
            try {
                return TempFile.createTempFile("poi-sxssf-sheet", ".xml");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Path folder = strategy.folderInUse();
        assertEquals(folder, spilled.toPath().getParent());
        assertEquals(systemTemp, folder.getParent());
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(spilled.toPath())));
        assertFalse(Files.exists(systemTemp.resolve("poifiles")), "not POI's shared 0755 folder");

        InventorySnapshot snapshot = SyntheticInventory.generate(50, 3);
        ReportContext context =
                new ReportContext(UUID.randomUUID(), "Test Ltd", SyntheticInventory.REFERENCE_DAY, 1, "ab");
        TempFile.withStrategy(strategy, () -> {
            var streamed = InventoryWorkbook.build(snapshot, new InventoryIndex(snapshot), context);
            assertTrue(list(folder).size() > 1, "the streamed workbook spilled its rows here");
            WorkbookFile.save(streamed, systemTemp.resolve("inventory.xlsx"));
            return null;
        });

        strategy.removeFolder();
        assertFalse(Files.exists(folder));
        assertEquals(List.of(systemTemp.resolve("inventory.xlsx")), list(systemTemp));
    }

    private static List<Path> list(Path folder) {
        try (var entries = Files.list(folder)) {
            return entries.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
