package org.custodian.export;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Workbook;
import org.custodian.model.Asset;
import org.custodian.model.Custody;
import org.custodian.model.Grant;
import org.custodian.model.Group;
import org.custodian.model.GroupId;
import org.custodian.model.InventorySnapshot;
import org.custodian.model.Membership;
import org.custodian.model.Organisation;
import org.custodian.model.Person;
import org.custodian.model.Rotation;
import org.custodian.model.UserName;

/**
 * The whole inventory, one sheet per record type, history included (ended custody and memberships stay).
 * {@code import inventory} reads it back (importer/InventorySheets maps its headers), so every stored field
 * is here in a form that reads back unchanged.
 */
public final class InventoryWorkbook {
    static final List<Column> PEOPLE = List.of(
            Column.of("Name", 26),
            Column.of("Kind", 18),
            Column.of("Organisation", 22),
            Column.of("Job title", 20),
            Column.of("Status", 10),
            Column.date("Last day"),
            Column.date("Departed on"),
            Column.of("Work email", 26),
            Column.of("Personal contact", 24),
            Column.wrapped("User names", 30),
            Column.wrapped("Notes", 40));
    static final List<Column> ORGANISATIONS = List.of(
            Column.of("Name", 28), Column.of("Kind", 18), Column.of("Contact", 28), Column.wrapped("Notes", 40));
    static final List<Column> GROUPS =
            List.of(Column.of("Group", 28), Column.wrapped("Description", 50), Column.number("Current members"));
    static final List<Column> MEMBERSHIPS = List.of(
            Column.of("Group", 28),
            Column.of("Member", 28),
            Column.of("Member is", 9),
            Column.date("From"),
            Column.date("Until"));
    static final List<Column> CUSTODY = List.of(
            Column.of("Asset", 30),
            Column.of("Holder", 26),
            Column.of("Holder is", 9),
            Column.of("Role", 20),
            Column.date("From"),
            Column.date("Until"),
            Column.of("How it ended", 12),
            Column.number("Copies"),
            Column.wrapped("Note", 40));
    static final List<Column> GRANTS = List.of(
            Column.of("From asset", 30),
            Column.of("Gives", 16),
            Column.of("To asset", 30),
            Column.date("Since"),
            Column.date("Until"),
            Column.wrapped("Note", 40));
    static final List<Column> ROTATIONS = List.of(
            Column.of("Asset", 30),
            Column.of("What was done", 14),
            Column.date("On"),
            Column.of("By", 24),
            Column.wrapped("Note", 50));

    private InventoryWorkbook() {}

    public static Workbook build(InventorySnapshot s, InventoryIndex index, ReportContext context) {
        Workbook workbook = StreamingWorkbook.create();
        WorkbookStyles styles = new WorkbookStyles(workbook);
        SummarySheet summary =
                SummarySheet.create(styles, context, "Summary", "Full inventory: " + context.inventoryName());
        summary.tableHeader("Sheet", "Rows");
        summary.tableRow("People", s.people().size());
        summary.tableRow("Organisations", s.organisations().size());
        summary.tableRow("Groups", s.groups().size());
        summary.tableRow("Memberships", s.memberships().size());
        summary.tableRow("Assets", s.assets().size());
        summary.tableRow("Custody", s.custody().size());
        summary.tableRow("Grants", s.grants().size());
        summary.tableRow("Rotations", s.rotations().size());
        summary.line("No secret values are stored in Custodian, so none are in this workbook.");

        SheetWriter people = SheetWriter.table(styles, context, "People", "People", PEOPLE);
        for (Person p : s.people()) {
            people.row(
                    p.name(),
                    p.kind(),
                    index.name(p.organisation()),
                    p.jobTitle(),
                    p.status(),
                    p.lastDay(),
                    p.departedOn(),
                    p.workEmail(),
                    p.personalContact(),
                    userNames(p.userNames()),
                    p.notes());
        }
        people.finish();
        SheetWriter organisations = SheetWriter.table(styles, context, "Organisations", "Organisations", ORGANISATIONS);
        for (Organisation o : s.organisations()) {
            organisations.row(o.name(), o.kind(), o.contact(), o.notes());
        }
        organisations.finish();
        SheetWriter groups = SheetWriter.table(styles, context, "Groups", "Groups", GROUPS);
        Map<GroupId, Long> current = s.memberships().stream()
                .filter(m -> m.activeOn(context.generatedOn()))
                .collect(Collectors.groupingBy(Membership::group, Collectors.counting()));
        for (Group g : s.groups()) {
            groups.row(g.name(), g.description(), current.getOrDefault(g.id(), 0L));
        }
        groups.finish();
        SheetWriter memberships =
                SheetWriter.table(styles, context, "Memberships", "Group memberships over time", MEMBERSHIPS);
        for (Membership m : s.memberships()) {
            memberships.row(
                    index.name(m.group()),
                    index.name(m.member()),
                    InventoryIndex.principalKind(m.member()),
                    m.from(),
                    m.until());
        }
        memberships.finish();
        SheetWriter assets = SheetWriter.table(styles, context, "Assets", "Assets", AssetRow.COLUMNS);
        for (Asset a : s.assets()) {
            assets.row(AssetRow.of(a, index));
        }
        assets.finish();
        SheetWriter custody = SheetWriter.table(styles, context, "Custody", "Custody, with history", CUSTODY);
        for (Custody c : s.custody()) {
            custody.row(
                    index.name(c.asset()),
                    index.name(c.holder()),
                    InventoryIndex.principalKind(c.holder()),
                    c.role(),
                    c.from(),
                    c.until(),
                    c.endReason(),
                    c.copies(),
                    c.note());
        }
        custody.finish();
        SheetWriter grants =
                SheetWriter.table(styles, context, "Grants", "Grants: holding one asset gives another", GRANTS);
        for (Grant g : s.grants()) {
            grants.row(index.name(g.from()), g.kind(), index.name(g.to()), g.since(), g.until(), g.note());
        }
        grants.finish();
        SheetWriter rotations = SheetWriter.table(styles, context, "Rotations", "Rotations and re-keys", ROTATIONS);
        for (Rotation r : s.rotations()) {
            rotations.row(index.name(r.asset()), r.kind(), r.on(), index.name(r.by()), r.note());
        }
        rotations.finish();
        return workbook;
    }

    /** As the CSV set writes them ({@code Domain=mrossi; Microsoft 365=marco.rossi}), so an import reads them back. */
    private static String userNames(List<UserName> names) {
        return names.isEmpty()
                ? null
                : names.stream().map(u -> u.system() + "=" + u.userName()).collect(Collectors.joining("; "));
    }
}
