package org.custodian.export;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.custodian.analysis.AssetExposure;
import org.custodian.analysis.ExposureLevel;
import org.custodian.analysis.Reach;
import org.custodian.model.Asset;

/** "Who can touch <asset>": the asset's facts and counts by level, then one row per person with the path. */
public final class WhoCanTouchWorkbook {
    static final List<Column> COLUMNS = List.of(
            Column.of("Person", 28),
            Column.of("Person kind", 18),
            Column.of("Status", 10),
            Column.of("Level", 15),
            Column.of("Route", 14),
            Column.wrapped("Why (the path that explains it)", 80));

    private WhoCanTouchWorkbook() {}

    public static XSSFWorkbook build(AssetExposure exposure, InventoryIndex index, ReportContext context) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        WorkbookStyles styles = new WorkbookStyles(workbook);
        Asset asset = exposure.asset();
        String title = "Who can touch " + asset.name();
        SummarySheet summary = SummarySheet.create(styles, context, "Summary", title);
        summary.pair("Asset", asset.name());
        summary.pair("Kind", asset.kind());
        summary.pair("Type", asset.subtype());
        summary.pair("Criticality", asset.criticality());
        summary.pair("System / location", asset.system());
        summary.pair("Owner", index.name(asset.owner()));
        summary.pair("Last rotated", index.lastRotated(asset.id()));
        summary.pair("Where the value is kept", asset.valueLocation());
        summary.pair("As of", exposure.asOf());
        summary.heading("People who reach it");
        summary.pair("Total", exposure.reaches().size());
        for (ExposureLevel level :
                List.of(ExposureLevel.CAN_REACH_NOW, ExposureLevel.STILL_KNOWS, ExposureLevel.NO_LONGER_EXPOSED)) {
            summary.pair(level.label(), exposure.at(level).size());
        }
        SheetWriter people =
                SheetWriter.table(styles, context, "People", title + " (as of " + exposure.asOf() + ")", COLUMNS);
        for (Reach reach : exposure.reaches()) {
            people.row(
                    reach.person().name(),
                    reach.person().kind(),
                    reach.person().status(),
                    reach.level(),
                    reach.route(),
                    reach.sentence());
        }
        people.finish();
        return workbook;
    }
}
