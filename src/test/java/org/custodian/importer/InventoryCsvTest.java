package org.custodian.importer;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.custodian.model.AssetKind;
import org.custodian.model.PersonStatus;
import org.custodian.model.ValidationException;
import org.custodian.model.Violation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryCsvTest {
    @TempDir
    Path temp;

    private Path set;

    @BeforeEach
    void copyTheDemoSet() throws IOException {
        set = Files.createDirectories(temp.resolve("set"));
        try (Stream<Path> files = Files.list(Path.of("sample-data"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                Files.copy(file, set.resolve(file.getFileName()));
            }
        }
    }

    @Test
    void theDemoSetReadsCompletelyAndCoversEveryAssetKind() {
        InventoryContent content = InventoryCsv.read(CsvSource.folder(set), LocalDate.of(2026, 11, 27));
        assertEquals("Hartwell Moor Engineering Ltd", content.inventoryName());
        assertEquals(15, content.people().size());
        for (AssetKind kind : AssetKind.values()) {
            assertTrue(content.assets().stream().filter(a -> a.kind() == kind).count() >= 4, kind.toString());
        }
        assertEquals(
                1,
                content.people().stream()
                        .filter(p -> p.status() == PersonStatus.DEPARTED)
                        .count());
    }

    @Test
    void datesAreShiftedSoTheDemoKeepsItsMeaningOnAnyDay() {
        LocalDate asOf = LocalDate.of(2026, 11, 27);
        LocalDate original = InventoryCsv.read(CsvSource.folder(set), asOf).people().stream()
                .filter(p -> p.departedOn() != null)
                .findFirst()
                .orElseThrow()
                .departedOn();
        LocalDate shifted = InventoryCsv.read(CsvSource.folder(set), asOf.plusDays(100)).people().stream()
                .filter(p -> p.departedOn() != null)
                .findFirst()
                .orElseThrow()
                .departedOn();
        assertEquals(original.plusDays(100), shifted);
    }

    @Test
    void malformedRowsAreReportedByFileRowAndColumnAllAtOnce() throws IOException {
        appendLine("people.csv", "Zed Broken,ROBOT,,,ACTIVE,,,,,,");
        appendLine("assets.csv", "Bad Key,PHYSICAL_KEY,KEY,,,HIGH,,,,,,,,,,,K-9,Nowhere,1,2,,,,");
        appendLine("custody.csv", "No Such Asset,Zed Broken,,HOLDS,2025-01-01,,,,");
        appendLine("grants.csv", "Bad Key,Bad Key,UNLOCKS,2024-13-45,,");
        ValidationException e = assertThrows(
                ValidationException.class, () -> InventoryCsv.read(CsvSource.folder(set), LocalDate.of(2026, 11, 27)));
        String all = String.join(
                "\n", e.violations().stream().map(Violation::message).toList());
        long peopleRow = Files.readAllLines(set.resolve("people.csv")).size();
        assertTrue(all.contains("people.csv row " + peopleRow + ", column kind: \"ROBOT\" must be one of"), all);
        assertTrue(all.contains("Key copies returned cannot exceed copies issued"), all);
        assertTrue(all.contains("column asset: \"No Such Asset\" is not a name in assets.csv"), all);
        assertTrue(all.contains("column from: \"2024-13-45\" is not a date"), all);
    }

    @Test
    void aWrongHeaderIsReportedPlainly() throws IOException {
        Files.writeString(set.resolve("groups.csv"), "title,description\nAdmins,x\n");
        ValidationException e = assertThrows(
                ValidationException.class, () -> InventoryCsv.read(CsvSource.folder(set), LocalDate.of(2026, 11, 27)));
        assertTrue(e.getMessage().contains("groups.csv: the header row must be name,description"), e.getMessage());
    }

    @Test
    void aSubtypeOfAnotherKindIsRefused() throws IOException {
        appendLine("assets.csv", "Odd One,ALARM_CODE,WIFI_KEY,,,HIGH,,,,,,,,,,,,,,,,,,");
        ValidationException e = assertThrows(
                ValidationException.class, () -> InventoryCsv.read(CsvSource.folder(set), LocalDate.of(2026, 11, 27)));
        assertTrue(e.getMessage().contains("WIFI_KEY is not a subtype of ALARM_CODE"), e.getMessage());
    }

    private void appendLine(String file, String line) throws IOException {
        String content = Files.readString(set.resolve(file));
        String newline = content.contains("\r\n") ? "\r\n" : "\n";
        Files.writeString(set.resolve(file), content + (content.endsWith(newline) ? "" : newline) + line + newline);
    }
}
