package org.custodian.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.custodian.export.SignOffLayout;
import org.custodian.model.DepartureId;
import org.custodian.model.TaskId;
import org.custodian.model.TaskStatus;
import org.custodian.model.ValidationException;
import org.custodian.model.Violation;

/**
 * Reads the sign-off columns of a returned departure workbook. Columns are found by header, rows matched
 * by the task id, never by position. Formulas are never evaluated: a formula cell counts by its cached
 * value. POI's zip-bomb and entity limits stay at their defaults; files over 20 MB are refused first.
 */
public final class SignOffWorkbookReader {
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private final List<Violation> problems = new ArrayList<>();

    private SignOffWorkbookReader() {
    }

    public static SignOffSheet read(Path file) {
        return new SignOffWorkbookReader().readFile(file);
    }

    private SignOffSheet readFile(Path file) {
        checkSize(file);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
             XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            Map<String, String> about = about(workbook);
            UUID inventory = uuid(about.get(SignOffLayout.KEY_INVENTORY), "inventory");
            String departure = about.get(SignOffLayout.KEY_DEPARTURE);
            if (departure == null) {
                throw refuse("This workbook is a what-if plan that was never saved, so it has no tasks to sign off. "
                        + "Save the departure (plan departure --save) and export it again.");
            }
            List<SignOffRow> rows = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (String name : SignOffLayout.TASK_SHEETS) {
                Sheet sheet = workbook.getSheet(name);
                if (sheet != null) {
                    readTasks(sheet, rows, seen);
                }
            }
            return new SignOffSheet(inventory, new DepartureId(uuid(departure, "departure")), rows, problems);
        } catch (InvalidFormatException | EncryptedDocumentException | POIXMLException
                 | org.apache.poi.UnsupportedFileFormatException e) {
            throw refuse("\"" + file.getFileName() + "\" is not an Excel workbook (.xlsx) Custodian can read.");
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            throw refuse("\"" + file.getFileName() + "\" could not be read as a workbook: it may be damaged, "
                    + "password-protected or too large when unpacked.");
        }
    }

    private static void checkSize(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw refuse("There is no file \"" + file + "\".");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw refuse("\"" + file.getFileName() + "\" is larger than 20 MB; a sign-off workbook is far smaller.");
            }
        } catch (IOException e) {
            throw refuse("\"" + file.getFileName() + "\" cannot be read.");
        }
    }

    private static Map<String, String> about(XSSFWorkbook workbook) {
        Sheet sheet = workbook.getSheet(SignOffLayout.ABOUT_SHEET);
        Map<String, String> values = new HashMap<>();
        if (sheet != null) {
            for (Row row : sheet) {
                String key = text(row.getCell(0));
                if (key != null) {
                    values.put(key, text(row.getCell(1)));
                }
            }
        }
        if (!SignOffLayout.FORMAT.equals(values.get(SignOffLayout.KEY_FORMAT))) {
            throw refuse("This is not a departure sign-off workbook exported by Custodian "
                    + "(its hidden \"About\" sheet is missing or changed).");
        }
        return values;
    }

    private void readTasks(Sheet sheet, List<SignOffRow> rows, Set<String> seen) {
        Map<String, Integer> columns = headers(sheet.getRow(SignOffLayout.HEADER_ROW));
        for (String needed : List.of(SignOffLayout.TASK_ID, SignOffLayout.STATUS, SignOffLayout.DONE_BY,
                SignOffLayout.DONE_ON, SignOffLayout.EVIDENCE)) {
            if (!columns.containsKey(needed)) {
                throw refuse("The sheet \"" + sheet.getSheetName() + "\" has no \"" + needed + "\" column.");
            }
        }
        for (Row row : sheet) {
            if (row.getRowNum() <= SignOffLayout.HEADER_ROW) {
                continue;
            }
            String id = cellText(row, columns, SignOffLayout.TASK_ID);
            if (id == null) {
                continue;
            }
            String where = "sheet \"" + sheet.getSheetName() + "\", row " + (row.getRowNum() + 1);
            UUID taskId = parseUuid(id);
            if (taskId == null) {
                problems.add(new Violation("taskId", where + ": the task id was changed; undo that change."));
                continue;
            }
            if (!seen.add(id)) {
                problems.add(new Violation("taskId", where + ": the same task appears twice."));
                continue;
            }
            TaskStatus status = status(cellText(row, columns, SignOffLayout.STATUS), where);
            LocalDate doneOn = date(row.getCell(columns.get(SignOffLayout.DONE_ON)), where);
            rows.add(new SignOffRow(new TaskId(taskId), where, status, cellText(row, columns, SignOffLayout.DONE_BY),
                    doneOn, cellText(row, columns, SignOffLayout.EVIDENCE)));
        }
    }

    private static Map<String, Integer> headers(Row header) {
        Map<String, Integer> columns = new HashMap<>();
        if (header != null) {
            for (Cell cell : header) {
                String name = text(cell);
                if (name != null) {
                    columns.putIfAbsent(name, cell.getColumnIndex());
                }
            }
        }
        return columns;
    }

    private TaskStatus status(String word, String where) {
        if (word == null) {
            return TaskStatus.OPEN;
        }
        for (TaskStatus status : TaskStatus.values()) {
            if (status.label().equalsIgnoreCase(word) || status.name().equalsIgnoreCase(word)) {
                return status;
            }
        }
        problems.add(new Violation("status", where + ": status \"" + word + "\" is not Open, Done or Not needed."));
        return TaskStatus.OPEN;
    }

    private LocalDate date(Cell cell, String where) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isValidExcelDate(cell.getNumericCellValue())) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        String text = type == CellType.STRING ? clean(cell.getStringCellValue()) : null;
        if (type == CellType.BLANK || type == CellType.STRING && text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text == null ? "" : text);
        } catch (DateTimeParseException e) {
            problems.add(new Violation("doneOn", where + ": \"Done on\" is not a date (use a date cell or yyyy-mm-dd)."));
            return null;
        }
    }

    private static String cellText(Row row, Map<String, Integer> columns, String header) {
        return text(row.getCell(columns.get(header)));
    }

    /** Text of a cell as shown, without evaluating anything: a formula gives its cached result. */
    static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.STRING) {
            return clean(cell.getStringCellValue());
        }
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate().toString();
            }
            double value = cell.getNumericCellValue();
            return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
        }
        if (type == CellType.BOOLEAN) {
            return String.valueOf(cell.getBooleanCellValue());
        }
        return null;
    }

    private static String clean(String text) {
        String stripped = text == null ? null : text.strip();
        return stripped == null || stripped.isEmpty() ? null : stripped;
    }

    private static UUID uuid(String text, String what) {
        UUID id = parseUuid(text);
        if (id == null) {
            throw refuse("The workbook does not say which " + what + " it belongs to; export it again from Custodian.");
        }
        return id;
    }

    private static UUID parseUuid(String text) {
        try {
            return text == null ? null : UUID.fromString(text.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static ValidationException refuse(String message) {
        return new ValidationException(List.of(new Violation("file", message)));
    }
}
