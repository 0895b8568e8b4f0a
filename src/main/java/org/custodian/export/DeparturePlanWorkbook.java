package org.custodian.export;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FontFormatting;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.custodian.model.Asset;
import org.custodian.model.DeparturePhase;
import org.custodian.model.DepartureTask;
import org.custodian.model.PlanSection;
import org.custodian.model.TaskStatus;

/**
 * The departure plan as a sign-off sheet: progress first, then the access work in plan order and one
 * sheet each for hand-over, review, notify and follow-ups. Status is a drop-down; the hidden task id
 * column and the hidden "About" sheet let {@code import signoff} match rows back to tasks.
 */
public final class DeparturePlanWorkbook {
    static final List<Column> COLUMNS = List.of(
            Column.of(SignOffLayout.TASK_ID, 38),
            Column.number("#"),
            Column.of("Phase", 16),
            Column.of("Action", 24),
            Column.of("Asset", 26),
            Column.wrapped("Task", 40),
            Column.wrapped("Why (path)", 50),
            Column.wrapped("New secret to", 22),
            Column.of("Owner", 18),
            Column.date("Due"),
            Column.of(SignOffLayout.STATUS, 11),
            Column.of(SignOffLayout.DONE_BY, 18),
            Column.date(SignOffLayout.DONE_ON),
            Column.wrapped(SignOffLayout.EVIDENCE, 36));
    static final int DUE = 9;
    static final int STATUS = 10;
    private static final List<PlanSection> SECTIONS = List.of(
            PlanSection.ACCESS, PlanSection.HAND_OVER, PlanSection.REVIEW, PlanSection.NOTIFY, PlanSection.FOLLOW_UP);

    private DeparturePlanWorkbook() {}

    public static XSSFWorkbook build(DepartureReport report, InventoryIndex index, ReportContext context) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        WorkbookStyles styles = new WorkbookStyles(workbook);
        progress(styles, context, report);
        for (int i = 0; i < SECTIONS.size(); i++) {
            PlanSection section = SECTIONS.get(i);
            List<DepartureTask> tasks =
                    report.tasks().stream().filter(t -> t.section() == section).toList();
            taskSheet(styles, context, report, SignOffLayout.TASK_SHEETS.get(i), tasks, index);
        }
        about(styles, context, report);
        workbook.getProperties().getCoreProperties().setTitle("Departure plan for " + report.leaverName());
        workbook.getProperties()
                .getCustomProperties()
                .addProperty(SignOffLayout.KEY_INVENTORY, context.inventoryId().toString());
        if (report.saved()) {
            workbook.getProperties()
                    .getCustomProperties()
                    .addProperty(SignOffLayout.KEY_DEPARTURE, report.departure().toString());
        }
        return workbook;
    }

    private static void progress(WorkbookStyles styles, ReportContext context, DepartureReport report) {
        SummarySheet summary =
                SummarySheet.create(styles, context, "Progress", "Departure plan for " + report.leaverName());
        summary.pair("Type", report.type());
        summary.pair("Mode", report.mode());
        summary.pair("Last day", report.lastDay());
        summary.pair("Tasks", report.tasks().size());
        if (!report.saved()) {
            summary.line("What-if plan: not saved, so it cannot be signed off and imported back.");
        }
        summary.heading("Progress by phase (as of " + context.generatedOn() + ")");
        summary.tableHeader("Phase", "Open", "Done", "Not needed", "Overdue", "Total");
        Map<DeparturePhase, int[]> byPhase = new EnumMap<>(DeparturePhase.class);
        int[] total = new int[5];
        for (DepartureTask task : report.tasks()) {
            int[] counts = byPhase.computeIfAbsent(task.phase(), p -> new int[5]);
            for (int[] c : List.of(counts, total)) {
                c[task.status().ordinal()]++;
                c[3] += overdue(task, report.lastDay(), context.generatedOn()) ? 1 : 0;
                c[4]++;
            }
        }
        byPhase.forEach(
                (phase, c) -> alertOverdue(summary, summary.tableRow(phase.label(), c[0], c[1], c[2], c[3], c[4]), c));
        alertOverdue(summary, summary.tableRow("All phases", total[0], total[1], total[2], total[3], total[4]), total);
        summary.skip(1);
        summary.line("Fill in Status, Done by, Done on and Evidence on the task sheets, then send the file back:");
        summary.line("custodian import signoff FILE records them (it shows what would change first).");
    }

    private static void alertOverdue(SummarySheet summary, Row row, int[] counts) {
        if (counts[3] > 0) {
            summary.alert(row, 4);
        }
    }

    private static void taskSheet(
            WorkbookStyles styles,
            ReportContext context,
            DepartureReport report,
            String name,
            List<DepartureTask> tasks,
            InventoryIndex index) {
        SheetWriter sheet = SheetWriter.table(styles, context, name, name + " — " + report.leaverName(), COLUMNS);
        for (DepartureTask t : tasks) {
            Asset asset = index.asset(t.asset());
            sheet.row(
                    report.saved() ? t.id().toString() : null,
                    t.position(),
                    t.phase().label(),
                    t.action().label(),
                    asset == null ? null : asset.name(),
                    t.title(),
                    t.reason(),
                    t.recipients(),
                    asset == null ? null : index.name(asset.owner()),
                    t.due() != null ? t.due() : report.lastDay(),
                    t.status(),
                    t.doneBy(),
                    t.doneOn(),
                    t.status() == TaskStatus.NOT_NEEDED && t.evidence() == null ? t.statusReason() : t.evidence());
        }
        sheet.hideColumn(0);
        Sheet finished = sheet.finish();
        int first = sheet.firstDataRow();
        int last = Math.max(first + 200, sheet.lastRow());
        statusDropDown(finished, first, last);
        overdueInRed(finished, first, last);
    }

    /** The list also covers empty rows below, so a row the manager adds gets the same choice. */
    private static void statusDropDown(Sheet sheet, int first, int last) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(SignOffLayout.statusWords().toArray(String[]::new)),
                new CellRangeAddressList(first, last, STATUS, STATUS));
        validation.setShowErrorBox(true);
        validation.createErrorBox("Status", "Choose Open, Done or Not needed.");
        validation.setSuppressDropDownArrow(true);
        sheet.addValidationData(validation);
    }

    /** TODAY() rather than the export date: the sheet keeps showing what is late on the day it is read. */
    private static void overdueInRed(Sheet sheet, int first, int last) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        String row = String.valueOf(first + 1);
        String status = CellReference.convertNumToColString(STATUS);
        String due = CellReference.convertNumToColString(DUE);
        ConditionalFormattingRule rule = formatting.createConditionalFormattingRule("AND($" + status + row + "=\""
                + TaskStatus.OPEN.label() + "\",$" + due + row + "<>\"\",$" + due + row + "<TODAY())");
        FontFormatting font = rule.createFontFormatting();
        font.setFontColorIndex(IndexedColors.RED.getIndex());
        font.setFontStyle(false, true);
        formatting.addConditionalFormatting(
                new CellRangeAddress[] {new CellRangeAddress(first, last, 1, COLUMNS.size() - 1)}, rule);
    }

    private static void about(WorkbookStyles styles, ReportContext context, DepartureReport report) {
        SummarySheet about = SummarySheet.create(styles, context, SignOffLayout.ABOUT_SHEET, "About this workbook");
        about.pair(SignOffLayout.KEY_FORMAT, SignOffLayout.FORMAT);
        about.pair(SignOffLayout.KEY_INVENTORY, context.inventoryId().toString());
        about.pair(
                SignOffLayout.KEY_DEPARTURE, report.saved() ? report.departure().toString() : null);
        about.pair("Leaver", report.leaverName());
        about.pair("Audit sequence", context.auditSequence());
        about.pair("Audit chain head", context.auditHead());
        org.apache.poi.ss.usermodel.Workbook workbook = styles.workbook();
        workbook.setSheetVisibility(workbook.getSheetIndex(about.sheet()), SheetVisibility.VERY_HIDDEN);
    }

    static boolean overdue(DepartureTask task, LocalDate lastDay, LocalDate today) {
        LocalDate due = task.due() != null ? task.due() : lastDay;
        return task.status() == TaskStatus.OPEN && due.isBefore(today);
    }
}
