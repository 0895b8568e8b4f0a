package org.custodian.ui.assets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.custodian.analysis.AssetExposure;
import org.custodian.model.Asset;
import org.custodian.model.AssetId;
import org.custodian.model.Custody;
import org.custodian.model.CustodyId;
import org.custodian.model.CustodyRole;
import org.custodian.model.EndReason;
import org.custodian.model.Grant;
import org.custodian.model.GrantId;
import org.custodian.model.GrantKind;
import org.custodian.model.InventorySnapshot;
import org.custodian.model.NameIndex;
import org.custodian.model.Principal;
import org.custodian.model.Rotation;
import org.custodian.model.RotationId;
import org.custodian.model.RotationKind;
import org.custodian.service.Inventory;
import org.custodian.service.ReachQuery;
import org.custodian.ui.Holders;
import org.custodian.ui.ReachRow;
import org.custodian.ui.TaskRunner;
import org.custodian.ui.Wording;

/** One asset: its fields, custodians (add, end), grants both ways, who can touch it, and "rotated today". */
public final class AssetDetailModel {
    public record CustodyRow(Custody custody, String holder, String role, String from, String until) {
    }

    /** A current grant touching this asset, in words; the list shows {@link #text()}. */
    public record GrantRow(Grant grant, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    public final StringProperty name = new SimpleStringProperty("");
    public final BooleanProperty present = new SimpleBooleanProperty(false);
    public final ObservableList<String> fields = FXCollections.observableArrayList();
    public final ObservableList<CustodyRow> custodians = FXCollections.observableArrayList();
    public final ObservableList<GrantRow> grants = FXCollections.observableArrayList();
    /** Other assets this one could be given a way into, by name. */
    public final ObservableList<String> grantTargets = FXCollections.observableArrayList();
    public final StringProperty grantTarget = new SimpleStringProperty();
    public final ObjectProperty<GrantKind> grantKind = new SimpleObjectProperty<>(GrantKind.UNLOCKS);
    public final ObservableList<ReachRow> whoCanTouch = FXCollections.observableArrayList();
    public final ObservableList<String> holders = FXCollections.observableArrayList();
    public final StringProperty newHolder = new SimpleStringProperty();
    public final ObjectProperty<CustodyRole> newRole = new SimpleObjectProperty<>(CustodyRole.HOLDS);
    public final ObjectProperty<EndReason> endReason = new SimpleObjectProperty<>(EndReason.RETURNED);
    public final StringProperty message = new SimpleStringProperty("");
    public final StringProperty error = new SimpleStringProperty("");

    private final Inventory inventory;
    private final TaskRunner tasks;
    private final Runnable changed;
    private Map<String, Principal> principals = Map.of();
    private Map<String, AssetId> assetIds = Map.of();
    private Asset asset;

    AssetDetailModel(Inventory inventory, TaskRunner tasks, Runnable changed) {
        this.inventory = inventory;
        this.tasks = tasks;
        this.changed = changed;
    }

    public void load(Asset chosen) {
        asset = chosen;
        present.set(chosen != null);
        if (chosen == null) {
            return;
        }
        tasks.run(() -> read(chosen), loaded -> {
            // An older answer arriving late must not replace the asset chosen since.
            if (chosen == asset) {
                show(chosen, loaded);
            }
        }, this::failed);
    }

    /** One read of the inventory serves both the records shown and who can touch the asset. */
    private Loaded read(Asset chosen) {
        InventorySnapshot snapshot = inventory.snapshot();
        return new Loaded(snapshot, inventory.exposure().whoCanTouch(snapshot, chosen.id(), ReachQuery.today()));
    }

    public void addCustody() {
        Principal holder = newHolder.get() == null ? null : principals.get(newHolder.get());
        Asset target = asset;
        write(() -> inventory.custody().recordHandover(new Custody(CustodyId.random(), target.id(), holder,
                newRole.get(), inventory.today(), null, null, null, null)), "Custody recorded.");
    }

    public void endCustody(CustodyRow row) {
        EndReason reason = endReason.get();
        write(() -> inventory.custody().endCustody(row.custody().id(), inventory.today(), reason),
                "Custody of " + row.holder() + " ended (" + reason.label().toLowerCase(java.util.Locale.ROOT) + ").");
    }

    /** Records, from today, that holding this asset gives a way into the chosen target asset. */
    public void addGrant() {
        Asset source = asset;
        String targetName = grantTarget.get();
        AssetId target = targetName == null ? null : assetIds.get(targetName);
        GrantKind kind = grantKind.get();
        write(() -> inventory.custody().grantAccess(new Grant(GrantId.random(), source.id(), target, kind,
                inventory.today(), null, null)), "Grant added.");
    }

    /** Ends the chosen grant today; it stays in the history. */
    public void endGrant(GrantRow row) {
        if (row == null) {
            return;
        }
        write(() -> inventory.custody().endGrant(row.grant().id(), inventory.today()), "Grant ended.");
    }

    public Asset asset() {
        return asset;
    }

    /** Records that the asset was rotated (or re-keyed, for keys) today: that ends "still knows". */
    public void recordRotation() {
        Asset target = asset;
        RotationKind kind = target.kind() == org.custodian.model.AssetKind.PHYSICAL_KEY ? RotationKind.RE_KEYED
                : RotationKind.ROTATED;
        write(() -> inventory.assets().recordRotation(new Rotation(RotationId.random(), target.id(), kind,
                inventory.today(), null, "Recorded in the window")), kind.label() + " today.");
    }

    private void write(Runnable work, String done) {
        message.set("");
        tasks.run(() -> {
            work.run();
            return done;
        }, text -> {
            error.set("");
            changed.run();
            load(asset);
            message.set(text);
        }, this::failed);
    }

    private void failed(RuntimeException failure) {
        error.set(Wording.failure(failure));
    }

    private void show(Asset chosen, Loaded loaded) {
        InventorySnapshot s = loaded.snapshot;
        NameIndex names = NameIndex.of(s);
        principals = Holders.choices(s);
        holders.setAll(principals.keySet());
        name.set(chosen.name());
        fields.setAll(fieldsOf(chosen, names, s));
        custodians.setAll(s.custody().stream().filter(c -> c.asset().equals(chosen.id()))
                .map(c -> new CustodyRow(c, Holders.name(names, c.holder()), c.role().label(), Wording.date(c.from()),
                        c.until() == null ? "" : Wording.date(c.until()) + " (" + c.endReason().label() + ")")).toList());
        List<GrantRow> edges = new ArrayList<>();
        s.grants().stream().filter(g -> g.from().equals(chosen.id()) && g.until() == null)
                .forEach(g -> edges.add(new GrantRow(g, "This asset " + g.kind().label().toLowerCase(java.util.Locale.ROOT)
                        + " → " + names.name(g.to()))));
        s.grants().stream().filter(g -> g.to().equals(chosen.id()) && g.until() == null)
                .forEach(g -> edges.add(new GrantRow(g, names.name(g.from()) + " "
                        + g.kind().label().toLowerCase(java.util.Locale.ROOT) + " → this asset")));
        grants.setAll(edges);
        assetIds = s.assets().stream().filter(a -> !a.id().equals(chosen.id()))
                .collect(Collectors.toMap(Asset::name, Asset::id, (a, b) -> a, java.util.TreeMap::new));
        grantTargets.setAll(assetIds.keySet());
        whoCanTouch.setAll(loaded.exposure.reaches().stream().map(ReachRow::ofPerson).toList());
        error.set("");
    }

    private static List<String> fieldsOf(Asset a, NameIndex names, InventorySnapshot s) {
        List<String> out = new ArrayList<>();
        out.add("Kind: " + a.kind().label() + " · " + a.subtype().label() + " · criticality " + a.criticality().label());
        add(out, "System / location", a.system());
        add(out, "Vendor", names.name(a.vendor()));
        add(out, "Owner", names.name(a.owner()));
        add(out, "Set up by", names.name(a.setUpBy()));
        add(out, "Rotation interval", a.rotationIntervalDays() == null ? null : a.rotationIntervalDays() + " days");
        add(out, "Last rotated", s.rotations().stream().filter(r -> r.asset().equals(a.id())).map(Rotation::on)
                .max(java.util.Comparator.naturalOrder()).map(Wording::date).orElse(null));
        add(out, "Value kept in", a.valueLocation());
        add(out, "Recovery", a.recoveryEmail() == null && a.recoveryPhone() == null ? null
                : Stream.of(a.recoveryEmail(), a.recoveryPhone()).filter(x -> x != null).collect(Collectors.joining(", ")));
        add(out, "Details", DetailsText.of(a.details()));
        add(out, "Notes", a.notes());
        return out;
    }

    private static void add(List<String> out, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.add(label + ": " + value);
        }
    }

    private record Loaded(InventorySnapshot snapshot, AssetExposure exposure) {
    }
}
