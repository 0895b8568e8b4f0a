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
import org.custodian.service.Inventory;
import org.custodian.service.ReachQuery;
import org.custodian.ui.Background;
import org.custodian.ui.FieldErrors;
import org.custodian.ui.ReachRow;
import org.custodian.ui.TaskRunner;
import org.custodian.ui.Wording;

/** One asset: its fields, custodians (add, end), grants both ways, rotations on any day, who can touch it. */
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
    private final AssetRotation rotation;

    private final Inventory inventory;
    private final Background background;
    /** The asset's records and who can touch it; an asset chosen since replaces an answer still on its way. */
    private final Background.Latest loading;

    private final Runnable changed;
    private Asset asset;
    /** The asset on screen, so that choosing another resets the rotation's fields and the same one keeps them. */
    private org.custodian.model.AssetId shown;

    AssetDetailModel(Inventory inventory, TaskRunner tasks, Runnable changed) {
        this.inventory = inventory;
        this.background = new Background(tasks, AssetDetailModel.class);
        this.loading = background.latest();
        this.changed = changed;
        this.custody = new AssetCustody(inventory, this::asset, this::write);
        this.grants = new AssetGrants(inventory, this::asset, this::write);
        this.rotation = new AssetRotation(inventory, this::asset, this::write);
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

    /** Recording a rotation, re-keying, disabling or revoking on a chosen day. */
    public AssetRotation rotation() {
        return rotation;
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

    /** Runs one change in the background; then the list and this asset are read again and {@code done} is said. */
    private void write(Runnable work, String done, FieldErrors errors, Runnable afterwards) {
        message.set("");
        background.run(
                () -> {
                    work.run();
                    return done;
                },
                text -> {
                    error.set("");
                    errors.clear();
                    afterwards.run();
                    changed.run();
                    load(asset);
                    message.set(text);
                },
                failure -> errors.showFailure(failure, error));
    }

    private void failed(RuntimeException failure) {
        error.set(Wording.failure(failure));
    }

    private void show(Asset chosen, Loaded loaded) {
        InventorySnapshot s = loaded.snapshot;
        NameIndex names = NameIndex.of(s);
        boolean another = shown == null || !shown.equals(chosen.id());
        shown = chosen.id();
        rotation.show(chosen, s, another);
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
        add(out, "How to rotate", a.rotationProcedure());
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
