package org.custodian.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.custodian.model.Asset;
import org.custodian.model.AssetDetails;
import org.custodian.model.AssetSubtype;
import org.custodian.model.Criticality;
import org.custodian.model.InventorySnapshot;
import org.custodian.service.Inventory;
import org.junit.jupiter.api.Test;

/**
 * {@code import assets} from a user's own workbook, {@code --format json}, and {@code template}: the template
 * read back with POI, then filled in and imported sheet by sheet into a new inventory.
 */
class SpreadsheetAssetsCliTest extends CliTestBase {
    private static final String PASSPHRASE = "open the demo";
    private Path folder;

    {
        environment.put("CUSTODIAN_PASSPHRASE", PASSPHRASE);
    }

    @Override
    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return super.run(args);
    }

    /** The asset tests name the demo's people as owners; the template test makes its own inventory. */
    private void useTheDemo() {
        folder = temp.resolve("hartwell");
        assertEquals(0, run("demo", "-i", folder.toString()), err.toString());
    }

    private String[] args(String records, Path source, String... more) {
        return Stream.concat(Stream.of("import", records, source.toString(), "-i", folder.toString()), Stream.of(more))
                .toArray(String[]::new);
    }

    private InventorySnapshot snapshot() {
        try (Inventory opened = files.open(folder, PASSPHRASE.toCharArray())) {
            return opened.snapshot();
        }
    }

    private static Asset asset(InventorySnapshot snapshot, String name) {
        return snapshot.assets().stream()
                .filter(a -> a.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not in the inventory"));
    }

    /** A workbook as a user keeps one: their own headers on the first sheet, a real date cell. */
    private Path assetRegister(List<List<Object>> rows) throws IOException {
        Path file = temp.resolve("register.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream stream = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("My assets");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof LocalDate day) {
                        row.createCell(c).setCellValue(day);
                        row.getCell(c).setCellStyle(date);
                    } else if (value instanceof Integer number) {
                        row.createCell(c).setCellValue(number);
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(stream);
        }
        return file;
    }

    @Test
    void anAssetRegisterWorkbookWithASubtypeInItsTypeColumn() throws IOException {
        useTheDemo();
        Path register = assetRegister(List.of(
                List.of("Asset", "Type", "Location", "Importance", "Owner", "Vendor", "Renews", "Serial"),
                List.of("Guest Wi-Fi key (HM-Guest)", "Wi-Fi key", "Office", "Low", "Priya Nair", "", "", ""),
                java.util.Arrays.asList(
                        "Archive cabinet key",
                        "Key",
                        "Unit 4",
                        "medium",
                        "Helen Hartwell",
                        "Kendal Locks",
                        null,
                        "AC-1"),
                java.util.Arrays.asList(
                        "Backup domain (hm-backup.example)",
                        "registrar",
                        "Registrar portal",
                        "High",
                        "Kevin Dale",
                        null,
                        LocalDate.of(2027, 3, 1),
                        null)));

        assertEquals(
                0, run(args("assets", register, "--map", "Serial=key_number", "--format", "json")), out + "\n" + err);
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertEquals("register.xlsx (sheet My assets)", json.get("source").asText());
        assertEquals("assets", json.get("records").asText());
        assertFalse(json.get("applied").asBoolean());
        assertEquals(0, json.get("problems").size(), out.toString());
        assertEquals("Importance → criticality", json.get("columns").get(3).asText());
        JsonNode organisations = json.get("sections").get(0);
        assertEquals("organisations", organisations.get("file").asText());
        assertEquals("Kendal Locks", organisations.get("added").get(0).asText());
        JsonNode assets = json.get("sections").get(1);
        assertEquals(
                "[\"Archive cabinet key\",\"Backup domain (hm-backup.example)\"]",
                assets.get("added").toString());
        assertEquals(
                "Guest Wi-Fi key (HM-Guest)",
                assets.get("changed").get(0).get("record").asText());
        assertEquals(
                "system",
                assets.get("changed").get(0).get("fields").get(0).get("field").asText());

        assertEquals(0, run(args("assets", register, "--map", "Serial=key_number", "--apply")), out + "\n" + err);
        InventorySnapshot after = snapshot();
        Asset key = asset(after, "Archive cabinet key");
        assertEquals(AssetSubtype.KEY, key.subtype());
        assertEquals(Criticality.MEDIUM, key.criticality());
        assertEquals("AC-1", ((AssetDetails.PhysicalKey) key.details()).keyNumber());
        Asset domain = asset(after, "Backup domain (hm-backup.example)");
        assertEquals(AssetSubtype.REGISTRAR, domain.subtype());
        assertEquals(LocalDate.of(2027, 3, 1), ((AssetDetails.HostingLogin) domain.details()).renewalDate());
        Asset guest = asset(after, "Guest Wi-Fi key (HM-Guest)");
        assertEquals(Criticality.LOW, guest.criticality());
        assertNotNull(guest.valueLocation(), "what the list does not say is kept");
        assertEquals(0, run("check", "-i", folder.toString()), out + "\n" + err);
    }

    @Test
    void aWrongSubtypeListsOnlyTheSubtypesOfItsKindAndAnUnknownOwnerTheClosestName() throws IOException {
        useTheDemo();
        Path register = assetRegister(List.of(
                List.of("name", "kind", "subtype", "criticality", "owner"),
                List.of("Store room key", "PHYSICAL_KEY", "WIFI_KEY", "LOW", "Helen Hartwell"),
                List.of("Router admin", "PRIVILEGED_ACCOUNT", "ADMIN", "HIGH", "Kevin Dail")));
        assertEquals(ExitCode.ERROR, run(args("assets", register, "--apply")));
        String text = out.toString();
        assertTrue(
                text.contains("error: register.xlsx (sheet My assets) row 2, column \"subtype\": \"WIFI_KEY\" is "
                        + "not a subtype of PHYSICAL_KEY; use one of [KEY, BADGE, FOB, PARKING_PERMIT]."),
                text);
        assertTrue(
                text.contains("row 3, column \"owner\": \"Kevin Dail\" is not a person in the inventory; did you mean "
                        + "\"Kevin Dale\"?"),
                text);
        assertFalse(snapshot().assets().stream().anyMatch(a -> a.name().equals("Router admin")), "nothing written");
    }

    @Test
    void theTemplateHasASheetPerRecordTypeWithHeadersExamplesAndDropDownsAndImportsBack() throws IOException {
        Path template = temp.resolve("template.xlsx");
        assertEquals(0, run("template", "--out", template.toString()), err.toString());
        try (Workbook workbook = new XSSFWorkbook(Files.newInputStream(template))) {
            assertEquals("Organisations", workbook.getSheetAt(0).getSheetName());
            assertEquals("People", workbook.getSheetAt(1).getSheetName());
            assertEquals("Assets", workbook.getSheetAt(2).getSheetName());
            assertTrue(workbook.isSheetHidden(3), "the lists behind the drop-downs are hidden");
            Sheet people = workbook.getSheet("People");
            assertEquals("name", people.getRow(0).getCell(0).getStringCellValue());
            assertEquals("user_names", people.getRow(0).getCell(9).getStringCellValue());
            assertEquals("Jane Smith", people.getRow(1).getCell(0).getStringCellValue());
            assertEquals(2, people.getLastRowNum(), "two example rows");
            List<? extends DataValidation> validations = ((XSSFSheet) workbook.getSheet("Assets")).getDataValidations();
            assertEquals(4, validations.size());
            DataValidation subtype = validations.stream()
                    .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == 2)
                    .findFirst()
                    .orElseThrow();
            assertEquals("Lists!$E$1:$E$35", subtype.getValidationConstraint().getFormula1());
            assertEquals(
                    "SAFE_COMBINATION",
                    workbook.getSheet("Lists").getRow(7).getCell(4).getStringCellValue());
            assertEquals(2, ((XSSFSheet) people).getDataValidations().size(), "kind and status");
        }

        Path fresh = temp.resolve("fresh");
        environment.put("CUSTODIAN_PASSPHRASE", "a new passphrase for a test");
        assertEquals(0, run("init", "-i", fresh.toString(), "--name", "Template Co"), err.toString());
        for (String records : List.of("organisations", "people", "assets")) {
            assertEquals(
                    0,
                    run("import", records, template.toString(), "-i", fresh.toString(), "--apply"),
                    out + "\n" + err);
            assertFalse(out.toString().contains("Not imported"), "every template column is a field: " + out);
            assertTrue(out.toString().contains(records + ": 2 to add"), out.toString());
        }
        try (Inventory opened = files.open(fresh, "a new passphrase for a test".toCharArray())) {
            InventorySnapshot snapshot = opened.snapshot();
            assertEquals(2, snapshot.people().size());
            Asset key = asset(snapshot, "Main entrance key");
            assertEquals(new AssetDetails.PhysicalKey("K-12", "Front door", 3, 1), key.details());
            assertEquals(365, asset(snapshot, "Office Wi-Fi key").rotationIntervalDays());
        }
    }
}
