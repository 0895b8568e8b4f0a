package org.custodian.service;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.custodian.importer.CsvSource;
import org.custodian.importer.InventoryContent;
import org.custodian.importer.InventoryCsv;
import org.custodian.model.Custody;
import org.custodian.model.CustodyId;
import org.custodian.model.EndReason;
import org.custodian.model.InventoryInfo;
import org.custodian.model.InventorySnapshot;
import org.custodian.model.Rotation;
import org.custodian.model.RotationId;
import org.junit.jupiter.api.Test;

/** The pure comparison: what may change on history, duplicates, and what a file leaves out. */
class ImportComparisonTest {
    private static final InventoryContent SAMPLE = InventoryCsv.readAsWritten(CsvSource.of(Path.of("sample-data")));

    private static InventorySnapshot holding(InventoryContent c) {
        return new InventorySnapshot(
                new InventoryInfo(UUID.randomUUID(), "Test", Instant.EPOCH),
                c.organisations(),
                c.people(),
                c.groups(),
                c.memberships(),
                c.assets(),
                c.custody(),
                c.grants(),
                c.rotations());
    }

    private static InventoryContent withCustodyAndRotations(List<Custody> custody, List<Rotation> rotations) {
        return new InventoryContent(
                SAMPLE.inventoryName(),
                SAMPLE.organisations(),
                SAMPLE.people(),
                SAMPLE.groups(),
                SAMPLE.memberships(),
                SAMPLE.assets(),
                custody,
                SAMPLE.grants(),
                rotations);
    }

    @Test
    void theSameContentIsUnchangedEverywhere() {
        ImportComparison same = ImportComparison.of(holding(SAMPLE), SAMPLE);
        assertTrue(same.preview().canApply());
        assertFalse(same.preview().hasChanges());
        assertTrue(same.steps().isEmpty());
        same.preview().sections().forEach(s -> assertTrue(s.notInFile().isEmpty(), s.file()));
    }

    @Test
    void anOpenCustodyMayBeEndedButAnEndedOneNotReopenedAndARotationNeverChanges() {
        Custody open = SAMPLE.custody().stream()
                .filter(k -> k.until() == null)
                .findFirst()
                .orElseThrow();
        Custody ended = SAMPLE.custody().stream()
                .filter(k -> k.until() != null)
                .findFirst()
                .orElseThrow();
        List<Custody> custody = new ArrayList<>(SAMPLE.custody());
        custody.set(custody.indexOf(open), open.endedOn(open.from().plusDays(1), EndReason.REVOKED));
        ImportComparison ending =
                ImportComparison.of(holding(SAMPLE), withCustodyAndRotations(custody, SAMPLE.rotations()));
        assertTrue(ending.preview().canApply(), ending.preview().problems().toString());
        assertEquals(1, ending.steps().size());
        assertEquals(ImportComparison.Action.END, ending.steps().get(0).action());

        custody = new ArrayList<>(SAMPLE.custody());
        custody.set(
                custody.indexOf(ended),
                new Custody(
                        CustodyId.random(),
                        ended.asset(),
                        ended.holder(),
                        ended.role(),
                        ended.from(),
                        null,
                        null,
                        ended.copies(),
                        ended.note()));
        Rotation first = SAMPLE.rotations().get(0);
        List<Rotation> rotations = new ArrayList<>(SAMPLE.rotations());
        rotations.set(
                0, new Rotation(RotationId.random(), first.asset(), first.kind(), first.on(), first.by(), "changed"));
        ImportComparison rewriting = ImportComparison.of(holding(SAMPLE), withCustodyAndRotations(custody, rotations));
        assertFalse(rewriting.preview().canApply());
        assertEquals(
                3,
                rewriting.preview().problems().size(),
                rewriting.preview().problems().toString());
        assertTrue(rewriting.preview().problems().get(0).message().startsWith("custody.csv: "));
        assertTrue(rewriting.preview().problems().get(2).message().contains("never changes a recorded one"));
    }

    @Test
    void aRowTwiceInTheFileIsAProblemAndWhatTheFileLeavesOutIsKept() {
        List<Custody> custody = new ArrayList<>(SAMPLE.custody());
        custody.add(SAMPLE.custody().get(0));
        custody.remove(1);
        ImportComparison c = ImportComparison.of(holding(SAMPLE), withCustodyAndRotations(custody, List.of()));
        assertTrue(c.preview().problems().get(0).message().contains("appears twice"));
        InventoryImportPreview.Section rotations = c.preview().sections().get(7);
        assertEquals("rotations.csv", rotations.file());
        assertEquals(SAMPLE.rotations().size(), rotations.notInFile().size());
        assertTrue(c.steps().isEmpty(), "nothing to write: nothing is deleted");
    }
}
