package org.custodian.export;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.custodian.analysis.Exposure;
import org.custodian.analysis.ExposureLevel;
import org.custodian.analysis.OrganisationExposure;
import org.custodian.analysis.OrganisationReach;
import org.custodian.analysis.Reach;
import org.custodian.model.Asset;
import org.custodian.model.AssetKind;
import org.custodian.model.Person;

/**
 * "Everything <name> could touch": counts and a chart by kind first, then one row per asset with its path.
 * An organisation (the external IT provider) gets the same workbook with a column naming its people.
 * Streamed (encrypted temp files, see {@link StreamingWorkbook}): one person can reach tens of thousands of assets.
 */
public final class PersonExposureWorkbook {
    static final List<Column> COLUMNS = List.of(
            Column.of("Asset", 32),
            Column.of("Kind", 20),
            Column.of("Type", 16),
            Column.of("Criticality", 11),
            Column.of("Level", 15),
            Column.of("Route", 14),
            Column.wrapped("Why (the path that explains it)", 70),
            Column.date("Last rotated"),
            Column.wrapped("Where the value is kept", 30));
    private static final List<ExposureLevel> LEVELS =
            List.of(ExposureLevel.CAN_REACH_NOW, ExposureLevel.STILL_KNOWS, ExposureLevel.NO_LONGER_EXPOSED);

    private PersonExposureWorkbook() {}

    public static Workbook build(Exposure exposure, InventoryIndex index, ReportContext context) {
        List<Line> lines =
                exposure.reaches().stream().map(r -> new Line(r, null)).toList();
        return write(
                "Everything " + exposure.person().name() + " could touch",
                exposure.asOf(),
                List.of(
                        new Object[] {"Person", exposure.person().name()},
                        new Object[] {"Status", exposure.person().status()}),
                lines,
                COLUMNS,
                index,
                context);
    }

    public static Workbook build(OrganisationExposure exposure, InventoryIndex index, ReportContext context) {
        List<Line> lines = exposure.reaches().stream()
                .map((OrganisationReach r) -> new Line(
                        r.best(), r.through().stream().map(Person::name).collect(Collectors.joining(", "))))
                .toList();
        List<Column> columns = new ArrayList<>(COLUMNS);
        columns.add(Column.wrapped("Through its people", 30));
        return write(
                "Everything " + exposure.organisation().name() + " could touch, through its people",
                exposure.asOf(),
                List.of(
                        new Object[] {"Organisation", exposure.organisation().name()},
                        new Object[] {"People", exposure.people().size()}),
                lines,
                columns,
                index,
                context);
    }

    private static Workbook write(
            String title,
            java.time.LocalDate asOf,
            List<Object[]> facts,
            List<Line> lines,
            List<Column> columns,
            InventoryIndex index,
            ReportContext context) {
        Workbook workbook = StreamingWorkbook.create();
        WorkbookStyles styles = new WorkbookStyles(workbook);
        summary(styles, context, title, asOf, facts, lines);
        SheetWriter detail = SheetWriter.table(styles, context, "Assets", title + " (as of " + asOf + ")", columns);
        for (Line line : lines) {
            Reach reach = line.reach();
            Asset asset = reach.asset();
            detail.row(
                    asset.name(),
                    asset.kind(),
                    asset.subtype(),
                    asset.criticality(),
                    reach.level(),
                    reach.route(),
                    reach.sentence(),
                    index.lastRotated(asset.id()),
                    asset.valueLocation(),
                    line.through());
        }
        detail.finish();
        return workbook;
    }

    private static void summary(
            WorkbookStyles styles,
            ReportContext context,
            String title,
            java.time.LocalDate asOf,
            List<Object[]> facts,
            List<Line> lines) {
        SummarySheet summary = SummarySheet.create(styles, context, "Summary", title);
        facts.forEach(f -> summary.pair((String) f[0], f[1]));
        summary.pair("As of", asOf);
        summary.pair("Assets reached", lines.size());
        Map<AssetKind, int[]> byKind = new EnumMap<>(AssetKind.class);
        int[] byLevel = new int[LEVELS.size()];
        for (Line line : lines) {
            int level = LEVELS.indexOf(line.reach().level());
            byKind.computeIfAbsent(line.reach().asset().kind(), k -> new int[LEVELS.size()])[level]++;
            byLevel[level]++;
        }
        for (int i = 0; i < LEVELS.size(); i++) {
            summary.pair(LEVELS.get(i).label(), byLevel[i]);
        }
        summary.heading("By kind of asset");
        summary.tableHeader(
                "Kind",
                "Total",
                LEVELS.get(0).label(),
                LEVELS.get(1).label(),
                LEVELS.get(2).label());
        int first = summary.nextRow();
        String[] labels = byKind.keySet().stream().map(AssetKind::label).toArray(String[]::new);
        Double[] totals =
                byKind.values().stream().map(c -> (double) (c[0] + c[1] + c[2])).toArray(Double[]::new);
        byKind.forEach((kind, counts) -> {
            Row row = summary.tableRow(kind, counts[0] + counts[1] + counts[2], counts[0], counts[1], counts[2]);
            if (counts[1] > 0) {
                summary.alert(row, 3);
            }
        });
        BarChart.draw(summary.sheet(), "Assets by kind", first, labels, totals, 0, 1, 6, 2);
    }

    /** One asset reached, and for an organisation the people it is reached through. */
    private record Line(Reach reach, String through) {}
}
