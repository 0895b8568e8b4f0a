package org.custodian.ui.assets;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.custodian.analysis.AssetExposure;
import org.custodian.model.Asset;
import org.custodian.model.InventorySnapshot;
import org.custodian.model.NameIndex;
import org.custodian.model.Rotation;
import org.custodian.model.RotationId;
import org.custodian.model.RotationKind;
import org.custodian.service.Inventory;
import org.custodian.service.ReachQuery;
import org.custodian.ui.Background;
import org.custodian.ui.ReachRow;
import org.custodian.ui.TaskRunner;
import org.custodian.ui.Wording;

/** One asset: its fields, custodians (add, end), grants both ways, who can touch it, and "rotated today". */
public final class AssetDetailModel {
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper present = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> fields = FXCollections.observableArrayList();
    private final ObservableList<String> fieldsShown = FXCollections.unmodifiableObservableList(fields);
    private final ObservableList<ReachRow> whoCanTouch = FXCollections.observableArrayList();
    private final ObservableList<ReachRow> whoCanTouchShown = FXCollections.unmodifiableObservableList(whoCanTouch);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final AssetCustody custody;
    private final AssetGrants grants;

    private final Inventory inventory;
    private final Background background;
    /** The asset's records and who can touch it; an asset chosen since replaces an answer still on its way. */
    private final Background.Latest loading;

    private final Runnable changed;
    private Asset asset;

    AssetDetailModel(Inventory inventory, TaskRunner tasks, Runnable changed) {
        this.inventory = inventory;
        this.background = new Background(tasks, AssetDetailModel.class);
        this.loading = background.latest();
        this.changed = changed;
        this.custody = new AssetCustody(inventory, this::asset, this::write);
        this.grants = new AssetGrants(inventory, this::asset, this::write);
    }

    public ReadOnlyStringProperty name() {
        return name.getReadOnlyProperty();
    }

    /** True while an asset is chosen. */
    public ReadOnlyBooleanProperty present() {
        return present.getReadOnlyProperty();
    }

    /** The asset's fields, one "label: value" line each. */
    public ObservableList<String> fields() {
        return fieldsShown;
    }

    public ObservableList<ReachRow> whoCanTouch() {
        return whoCanTouchShown;
    }

    /** What the last change did, e.g. "Grant added.". */
    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    public AssetCustody custody() {
        return custody;
    }

    public AssetGrants grants() {
        return grants;
    }

    public Asset asset() {
        return asset;
    }

    public void load(Asset chosen) {
        asset = chosen;
        present.set(chosen != null);
        if (chosen == null) {
            loading.forget();
            return;
        }
        loading.run(() -> read(chosen), loaded -> show(chosen, loaded), this::failed);
    }

    /** One read of the inventory serves both the records shown and who can touch the asset. */
    private Loaded read(Asset chosen) {
        InventorySnapshot snapshot = inventory.snapshot();
        return new Loaded(snapshot, inventory.exposure().whoCanTouch(snapshot, chosen.id(), ReachQuery.today()));
    }

    /** Records that the asset was rotated (or re-keyed, for keys) today: that ends "still knows". */
    public void recordRotation() {
        Asset target = asset;
        RotationKind kind = target.kind() == org.custodian.model.AssetKind.PHYSICAL_KEY
                ? RotationKind.RE_KEYED
                : RotationKind.ROTATED;
        write(
                () -> inventory
                        .assets()
                        .recordRotation(new Rotation(
                                RotationId.random(),
                                target.id(),
                                kind,
                                inventory.today(),
                                null,
                                "Recorded in the window")),
                kind.label() + " today.");
    }

    /** Runs one change in the background; then the list and this asset are read again and {@code done} is said. */
    private void write(Runnable work, String done) {
        message.set("");
        background.run(
                () -> {
                    work.run();
                    return done;
                },
                text -> {
                    error.set("");
                    changed.run();
                    load(asset);
                    message.set(text);
                },
                this::failed);
    }

    private void failed(RuntimeException failure) {
        error.set(Wording.failure(failure));
    }

    private void show(Asset chosen, Loaded loaded) {
        InventorySnapshot s = loaded.snapshot;
        NameIndex names = NameIndex.of(s);
        name.set(chosen.name());
        fields.setAll(fieldsOf(chosen, names, s));
        custody.show(chosen, s, names);
        grants.show(chosen, s, names);
        whoCanTouch.setAll(
                loaded.exposure.reaches().stream().map(ReachRow::ofPerson).toList());
        error.set("");
    }

    private static List<String> fieldsOf(Asset a, NameIndex names, InventorySnapshot s) {
        List<String> out = new ArrayList<>();
        out.add("Kind: " + a.kind().label() + " · " + a.subtype().label() + " · criticality "
                + a.criticality().label());
        add(out, "System / location", a.system());
        add(out, "Vendor", names.name(a.vendor()));
        add(out, "Owner", names.name(a.owner()));
        add(out, "Set up by", names.name(a.setUpBy()));
        add(out, "Rotation interval", a.rotationIntervalDays() == null ? null : a.rotationIntervalDays() + " days");
        add(
                out,
                "Last rotated",
                s.rotations().stream()
                        .filter(r -> r.asset().equals(a.id()))
                        .map(Rotation::on)
                        .max(java.util.Comparator.naturalOrder())
                        .map(Wording::date)
                        .orElse(null));
        add(out, "Value kept in", a.valueLocation());
        add(
                out,
                "Recovery",
                a.recoveryEmail() == null && a.recoveryPhone() == null
                        ? null
                        : Stream.of(a.recoveryEmail(), a.recoveryPhone())
                                .filter(x -> x != null)
                                .collect(Collectors.joining(", ")));
        add(out, "Details", DetailsText.of(a.details()));
        add(out, "Notes", a.notes());
        return out;
    }

    private static void add(List<String> out, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.add(label + ": " + value);
        }
    }

    private record Loaded(InventorySnapshot snapshot, AssetExposure exposure) {}
}
