package org.custodian.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import org.custodian.analysis.ExposureLevel;
import org.custodian.analysis.Route;
import org.custodian.model.AssetKind;
import org.custodian.model.Criticality;

/** Plain-text layout of exposure-style reports, grouped by level, strongest first. */
final class TextReports {
    private static final java.util.Comparator<ReportJson.ReachRow> MOST_CRITICAL_FIRST = java.util.Comparator.comparing(
                    (ReportJson.ReachRow r) -> Criticality.valueOf(r.criticality()))
            .reversed()
            .thenComparing(ReportJson.ReachRow::asset)
            .thenComparing(ReportJson.ReachRow::person);

    private TextReports() {}

    /** Other routes printed under each reach; JSON has them all. */
    static final int OTHER_ROUTES_SHOWN = 5;

    /** "1 asset", "2 assets". */
    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    static void reaches(
            PrintWriter out,
            OutputFormat format,
            String title,
            LocalDate asOf,
            List<ReportJson.ReachRow> rows,
            boolean byAsset) {
        if (format == OutputFormat.JSON) {
            OutputFormat.writeJson(out, new ReportJson.ExposureReport(title, asOf, rows.size(), rows));
            return;
        }
        out.println(title + " (as of " + asOf + "): "
                + (byAsset ? count(rows.size(), "asset", "assets") : count(rows.size(), "person", "people")));
        for (ExposureLevel level :
                List.of(ExposureLevel.CAN_REACH_NOW, ExposureLevel.STILL_KNOWS, ExposureLevel.NO_LONGER_EXPOSED)) {
            List<ReportJson.ReachRow> at = rows.stream()
                    .filter(r -> r.level().equals(level.name()))
                    .sorted(MOST_CRITICAL_FIRST)
                    .toList();
            if (at.isEmpty()) {
                continue;
            }
            out.println();
            out.println(level.label() + " (" + at.size() + ")");
            for (ReportJson.ReachRow row : at) {
                String what = byAsset
                        ? "[" + Criticality.valueOf(row.criticality()).label() + "] " + row.asset() + " — "
                                + AssetKind.valueOf(row.kind()).label().toLowerCase()
                        : row.person();
                String through = row.through().isEmpty() ? "" : " — through " + String.join(", ", row.through());
                out.println(
                        "  " + what + " — " + Route.valueOf(row.via()).label().toLowerCase() + through);
                out.println("      " + row.sentence());
                row.otherRoutes().stream()
                        .limit(OTHER_ROUTES_SHOWN)
                        .forEach(route -> out.println("      also: " + route));
                int more = row.otherRoutes().size() - OTHER_ROUTES_SHOWN;
                if (more > 0) {
                    out.println(
                            "      also " + count(more, "more route", "more routes") + " (--format json lists all)");
                }
            }
        }
    }
}
