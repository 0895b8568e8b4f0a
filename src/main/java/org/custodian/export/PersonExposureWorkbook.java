package org.custodian.export;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.custodian.analysis.Exposure;
import org.custodian.analysis.ExposureLevel;
import org.custodian.analysis.Reach;
import org.custodian.model.Asset;
import org.custodian.model.AssetKind;

/** "Everything <name> could touch": counts and a chart by kind first, then one row per asset with its path. */
public final class PersonExposureWorkbook {
    static final List<Column> COLUMNS = List.of(Column.of("Asset", 32), Column.of("Kind", 20),
            Column.of("Type", 16), Column.of("Criticality", 11), Column.of("Level", 15), Column.of("Route", 14),
            Column.wrapped("Why (the path that explains it)", 70), Column.date("Last rotated"),
            Column.wrapped("Where the value is kept", 30));
    private static final List<ExposureLevel> LEVELS = List.of(ExposureLevel.CAN_REACH_NOW, ExposureLevel.STILL_KNOWS,
            ExposureLevel.NO_LONGER_EXPOSED);

    private PersonExposureWorkbook() {
    }

    public static XSSFWorkbook build(Exposure exposure, InventoryIndex index, ReportContext context) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        WorkbookStyles styles = new WorkbookStyles(workbook);
        String title = "Everything " + exposure.person().name() + " could touch";
        summary(styles, context, title, exposure);
        SheetWriter detail = SheetWriter.table(styles, context, "Assets", title + " (as of " + exposure.asOf() + ")",
                COLUMNS);
        for (Reach reach : exposure.reaches()) {
            Asset asset = reach.asset();
            detail.row(asset.name(), asset.kind(), asset.subtype(), asset.criticality(), reach.level(), reach.route(),
                    reach.sentence(), index.lastRotated(asset.id()), asset.valueLocation());
        }
        detail.finish();
        return workbook;
    }

    private static void summary(WorkbookStyles styles, ReportContext context, String title, Exposure exposure) {
        SummarySheet summary = SummarySheet.create(styles, context, "Summary", title);
        summary.pair("Person", exposure.person().name());
        summary.pair("Status", exposure.person().status());
        summary.pair("As of", exposure.asOf());
        summary.pair("Assets reached", exposure.reaches().size());
        for (ExposureLevel level : LEVELS) {
            summary.pair(level.label(), exposure.at(level).size());
        }
        summary.heading("By kind of asset");
        Map<AssetKind, int[]> byKind = new EnumMap<>(AssetKind.class);
        for (Reach reach : exposure.reaches()) {
            int[] counts = byKind.computeIfAbsent(reach.asset().kind(), k -> new int[LEVELS.size()]);
            counts[LEVELS.indexOf(reach.level())]++;
        }
        summary.tableHeader("Kind", "Total", LEVELS.get(0).label(), LEVELS.get(1).label(), LEVELS.get(2).label());
        int first = summary.nextRow();
        byKind.forEach((kind, counts) -> {
            Row row = summary.tableRow(kind, counts[0] + counts[1] + counts[2], counts[0], counts[1], counts[2]);
            if (counts[1] > 0) {
                summary.alert(row, 3);
            }
        });
        int last = summary.nextRow() - 1;
        BarChart.draw((org.apache.poi.xssf.usermodel.XSSFSheet) summary.sheet(), "Assets by kind", first, last, 0, 1, 6, 2);
    }
}
