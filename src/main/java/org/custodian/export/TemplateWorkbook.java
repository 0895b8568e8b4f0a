package org.custodian.export;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.custodian.export.WorkbookStyles.Kind;
import org.custodian.model.AssetKind;
import org.custodian.model.AssetSubtype;
import org.custodian.model.Criticality;
import org.custodian.model.OrganisationKind;
import org.custodian.model.PersonKind;
import org.custodian.model.PersonStatus;

/**
 * A blank workbook to fill in and bring back with {@code import organisations | people | assets}: one sheet
 * per record type whose header row is the column names of the CSV set (sample-data/README.md), two example
 * rows to overwrite, and drop-downs for every column with a fixed list of values. The lists live on a
 * hidden sheet because Excel caps a list typed into the rule at 255 characters (the subtypes alone are more).
 */
public final class TemplateWorkbook {
    public static final String ORGANISATIONS = "Organisations";
    public static final String PEOPLE = "People";
    public static final String ASSETS = "Assets";
    static final String LISTS = "Lists";
    /** Drop-downs cover this many rows under the header: far more than a small company's list. */
    static final int ROWS_WITH_DROP_DOWNS = 2000;

    static final List<String> ORGANISATION_COLUMNS = CsvSetColumns.ORGANISATIONS;
    static final List<String> PEOPLE_COLUMNS = CsvSetColumns.PEOPLE;
    static final List<String> ASSET_COLUMNS = CsvSetColumns.ASSETS;

    /** The hidden sheet's columns, one list each, in this order. */
    private static final List<List<String>> LIST_VALUES = List.of(
            names(PersonKind.values()),
            names(PersonStatus.values()),
            names(OrganisationKind.values()),
            names(AssetKind.values()),
            names(AssetSubtype.values()),
            names(Criticality.values()),
            List.of("true", "false"));

    private TemplateWorkbook() {}

    public static Workbook build() {
        XSSFWorkbook workbook = new XSSFWorkbook();
        WorkbookStyles styles = new WorkbookStyles(workbook);
        Sheet organisations = sheet(styles, ORGANISATIONS, ORGANISATION_COLUMNS);
        example(styles, organisations, "Example IT Services Ltd", "IT_PROVIDER", "+44 20 7946 0123", "Managed IT");
        example(styles, organisations, "Example Bank plc", "BANK", "business@bank.example.com", null);
        dropDown(organisations, 1, 2);
        Sheet people = sheet(styles, PEOPLE, PEOPLE_COLUMNS);
        example(
                styles,
                people,
                "Jane Smith",
                "EMPLOYEE",
                null,
                "Office Manager",
                "ACTIVE",
                null,
                null,
                "jane.smith@yourcompany.example",
                null,
                "Microsoft 365=jane.smith; Domain=jsmith",
                null);
        example(
                styles,
                people,
                "Sam Taylor",
                "EXTERNAL_PROVIDER",
                "Example IT Services Ltd",
                "Technician",
                "LEAVING",
                LocalDate.of(2027, 1, 29),
                null,
                "sam.taylor@it.example.com",
                null,
                "Domain=staylor-adm",
                "Leaves when the provider's contract ends");
        dropDown(people, 1, 0);
        dropDown(people, 4, 1);
        Sheet assets = sheet(styles, ASSETS, ASSET_COLUMNS);
        example(
                styles,
                assets,
                "Office Wi-Fi key",
                "SHARED_SECRET",
                "WIFI_KEY",
                "Office",
                null,
                "HIGH",
                "Jane Smith",
                "Sam Taylor",
                365,
                "Change it on the router, then on every device",
                "Password manager, group Office",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        example(
                styles,
                assets,
                "Main entrance key",
                "PHYSICAL_KEY",
                "KEY",
                "Office",
                null,
                "MEDIUM",
                "Jane Smith",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "K-12",
                "Front door",
                3,
                1,
                null,
                null,
                null,
                "One copy in the key box");
        dropDown(assets, 1, 3);
        dropDown(assets, 2, 4);
        dropDown(assets, 5, 5);
        dropDown(assets, 13, 6);
        lists(workbook);
        return workbook;
    }

    private static Sheet sheet(WorkbookStyles styles, String name, List<String> columns) {
        Sheet sheet = styles.workbook().createSheet(name);
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(columns.get(i));
            cell.setCellStyle(styles.get(Kind.HEADER));
            sheet.setColumnWidth(i, Math.max(14, columns.get(i).length() + 4) * 256);
        }
        sheet.createFreezePane(1, 1);
        return sheet;
    }

    private static void example(WorkbookStyles styles, Sheet sheet, Object... values) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int i = 0; i < values.length; i++) {
            Cells.write(row, i, values[i], styles, false);
            widenFor(sheet, i, values[i]);
        }
    }

    /** Wide enough for the example as well as the header (rendered in LibreOffice, examples were cut), up to 60. */
    private static void widenFor(Sheet sheet, int column, Object value) {
        int chars = value == null ? 0 : Math.min(60, String.valueOf(value).length() + 2);
        sheet.setColumnWidth(column, Math.max(sheet.getColumnWidth(column), chars * 256));
    }

    /** A drop-down on {@code column} from the hidden list {@code list}; other values are refused by Excel. */
    private static void dropDown(Sheet sheet, int column, int list) {
        String letter = CellReference.convertNumToColString(list);
        String range = LISTS + "!$" + letter + "$1:$" + letter + "$"
                + LIST_VALUES.get(list).size();
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createFormulaListConstraint(range),
                new CellRangeAddressList(1, ROWS_WITH_DROP_DOWNS, column, column));
        validation.setShowErrorBox(true);
        validation.createErrorBox("Not on the list", "Choose one of the values in the drop-down.");
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }

    private static void lists(XSSFWorkbook workbook) {
        Sheet lists = workbook.createSheet(LISTS);
        for (int column = 0; column < LIST_VALUES.size(); column++) {
            List<String> values = LIST_VALUES.get(column);
            for (int i = 0; i < values.size(); i++) {
                Row row = lists.getRow(i) == null ? lists.createRow(i) : lists.getRow(i);
                row.createCell(column).setCellValue(values.get(i));
            }
        }
        workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
