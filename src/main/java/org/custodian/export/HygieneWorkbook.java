package org.custodian.export;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.custodian.analysis.HygieneFinding;
import org.custodian.analysis.HygieneFindingType;
import org.custodian.model.Asset;

/** What needs attention: a summary of counts by finding type, then one sheet per type that has findings. */
public final class HygieneWorkbook {
    static final List<Column> COLUMNS = List.of(
            Column.of("Asset", 30),
            Column.of("Kind", 20),
            Column.of("Criticality", 11),
            Column.of("Person", 24),
            Column.wrapped("Finding", 80));

    private HygieneWorkbook() {}

    public static XSSFWorkbook build(List<HygieneFinding> findings, InventoryIndex index, ReportContext context) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        WorkbookStyles styles = new WorkbookStyles(workbook);
        Map<HygieneFindingType, List<HygieneFinding>> byType = new EnumMap<>(HygieneFindingType.class);
        for (HygieneFinding finding : findings) {
            byType.computeIfAbsent(finding.type(), t -> new ArrayList<>()).add(finding);
        }
        SummarySheet summary =
                SummarySheet.create(styles, context, "Summary", "Inventory hygiene: what needs attention");
        summary.pair("Findings", findings.size());
        summary.heading("By type (most urgent first; each has its own sheet)");
        summary.tableHeader("Finding", "Count");
        for (HygieneFindingType type : HygieneFindingType.values()) {
            int count = byType.getOrDefault(type, List.of()).size();
            Row row = summary.tableRow(type, count);
            if (count > 0) {
                summary.alert(row, 1);
            }
        }
        byType.forEach((type, list) -> {
            SheetWriter sheet = SheetWriter.table(
                    styles, context, sheetName(type), type.label() + " (" + list.size() + ")", COLUMNS);
            for (HygieneFinding finding : list) {
                Asset asset = index.asset(finding.asset());
                sheet.row(
                        asset == null ? null : asset.name(),
                        asset == null ? null : asset.kind(),
                        asset == null ? null : asset.criticality(),
                        index.name(finding.person()),
                        finding.message());
            }
            sheet.finish();
        });
        return workbook;
    }

    /** Excel allows 31 characters in a sheet name; the one label longer than that gets a shorter form. */
    static String sheetName(HygieneFindingType type) {
        return type == HygieneFindingType.RECOVERY_TO_PERSONAL_ADDRESS ? "Recovery to personal address" : type.label();
    }
}
