package org.custodian.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.custodian.model.Asset;
import org.custodian.model.AssetDetails.PhysicalKey;
import org.custodian.model.AssetId;
import org.custodian.model.AssetKind;
import org.custodian.model.Custody;
import org.custodian.model.InventorySnapshot;

/**
 * Every physical key, badge, fob and permit: copies issued, returned and unaccounted for, then who holds
 * (or held) each copy, since when and why. Unaccounted = copies out minus the copies current holders have.
 */
public final class KeyRegisterWorkbook {
    static final List<Column> KEY_COLUMNS = List.of(
            Column.of("Key number", 12),
            Column.of("Key", 30),
            Column.of("Type", 14),
            Column.wrapped("Opens", 30),
            Column.of("Criticality", 11),
            Column.number("Issued"),
            Column.number("Returned"),
            Column.number("Out"),
            Column.number("Held now"),
            Column.number("Unaccounted"),
            Column.wrapped("Held by now", 40));
    static final List<Column> HOLDER_COLUMNS = List.of(
            Column.of("Key number", 12),
            Column.of("Key", 30),
            Column.of("Holder", 26),
            Column.of("Holder is", 9),
            Column.of("Role", 18),
            Column.number("Copies"),
            Column.date("Since"),
            Column.date("Until"),
            Column.of("How it ended", 12),
            Column.wrapped("Why", 40));

    private KeyRegisterWorkbook() {}

    public static XSSFWorkbook build(InventorySnapshot snapshot, InventoryIndex index, ReportContext context) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        WorkbookStyles styles = new WorkbookStyles(workbook);
        List<Asset> keys = snapshot.assets().stream()
                .filter(a -> a.kind() == AssetKind.PHYSICAL_KEY)
                .sorted(Comparator.comparing((Asset a) -> keyNumber(a) == null ? "" : keyNumber(a))
                        .thenComparing(Asset::name))
                .toList();
        Map<AssetId, List<Custody>> custodyByKey = new HashMap<>();
        for (Custody custody : snapshot.custody()) {
            custodyByKey
                    .computeIfAbsent(custody.asset(), a -> new ArrayList<>())
                    .add(custody);
        }
        SummarySheet summary = SummarySheet.create(styles, context, "Summary", "Key register");
        SheetWriter register = SheetWriter.table(styles, context, "Keys", "Every key, badge and permit", KEY_COLUMNS);
        SheetWriter holders =
                SheetWriter.table(styles, context, "Holders", "Who holds or held each key", HOLDER_COLUMNS);
        int issued = 0;
        int out = 0;
        int unaccounted = 0;
        for (Asset key : keys) {
            PhysicalKey details = (PhysicalKey) key.details();
            List<Custody> history = custodyByKey.getOrDefault(key.id(), List.of());
            List<Custody> current = history.stream()
                    .filter(c -> c.activeOn(context.generatedOn()))
                    .toList();
            int heldNow = current.stream()
                    .mapToInt(c -> c.copies() == null ? 1 : c.copies())
                    .sum();
            int missing = Math.max(0, details.copiesOut() - heldNow);
            issued += details.copiesIssued();
            out += details.copiesOut();
            unaccounted += missing;
            Row row = register.row(
                    details.keyNumber(),
                    key.name(),
                    key.subtype(),
                    details.opens(),
                    key.criticality(),
                    details.copiesIssued(),
                    details.copiesReturned(),
                    details.copiesOut(),
                    heldNow,
                    missing,
                    String.join(
                            ", ",
                            current.stream().map(c -> index.name(c.holder())).toList()));
            if (missing > 0) {
                row.getCell(9).setCellStyle(styles.get(WorkbookStyles.Kind.ALERT));
            }
            history.stream()
                    .sorted(Comparator.comparing(Custody::from))
                    .forEach(c -> holders.row(
                            details.keyNumber(),
                            key.name(),
                            index.name(c.holder()),
                            InventoryIndex.principalKind(c.holder()),
                            c.role(),
                            c.copies() == null ? 1 : c.copies(),
                            c.from(),
                            c.until(),
                            c.endReason(),
                            c.note()));
        }
        register.finish();
        holders.finish();
        summary.pair("Keys, badges and permits", keys.size());
        summary.pair("Copies issued", issued);
        summary.pair("Copies out (issued − returned)", out);
        Row missingRow = summary.pair("Copies unaccounted for", unaccounted);
        if (unaccounted > 0) {
            summary.alert(missingRow, 1);
        }
        summary.line("Unaccounted = copies out minus the copies current holders are recorded as having.");
        return workbook;
    }

    private static String keyNumber(Asset asset) {
        return ((PhysicalKey) asset.details()).keyNumber();
    }
}
