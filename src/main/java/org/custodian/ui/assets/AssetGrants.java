package org.custodian.ui.assets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.custodian.model.Asset;
import org.custodian.model.AssetId;
import org.custodian.model.Grant;
import org.custodian.model.GrantId;
import org.custodian.model.GrantKind;
import org.custodian.model.InventorySnapshot;
import org.custodian.model.NameIndex;
import org.custodian.service.Inventory;

/** The grants part of the asset pane: current grants both ways, adding one from this asset and ending one. */
public final class AssetGrants {
    /** A current grant touching this asset, in words; the list shows {@link #text()}. */
    public record GrantRow(Grant grant, String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    private final ObservableList<GrantRow> rows = FXCollections.observableArrayList();
    private final ObservableList<GrantRow> rowsShown = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<String> targets = FXCollections.observableArrayList();
    private final ObservableList<String> targetsShown = FXCollections.unmodifiableObservableList(targets);
    private final StringProperty target = new SimpleStringProperty();
    private final ObjectProperty<GrantKind> kind = new SimpleObjectProperty<>(GrantKind.UNLOCKS);
    private final Inventory inventory;
    private final Supplier<Asset> asset;
    private final BiConsumer<Runnable, String> write;
    private Map<String, AssetId> assetIds = Map.of();

    /** {@code write} runs a change in the background, then reloads the asset and says {@code done}. */
    AssetGrants(Inventory inventory, Supplier<Asset> asset, BiConsumer<Runnable, String> write) {
        this.inventory = inventory;
        this.asset = asset;
        this.write = write;
    }

    public ObservableList<GrantRow> rows() {
        return rowsShown;
    }

    /** Other assets this one could be given a way into, by name. */
    public ObservableList<String> targets() {
        return targetsShown;
    }

    /** The target chosen for a new grant. */
    public StringProperty target() {
        return target;
    }

    public ObjectProperty<GrantKind> kind() {
        return kind;
    }

    /** Records, from today, that holding this asset gives a way into the chosen target asset. */
    public void add() {
        Asset source = asset.get();
        String targetName = target.get();
        AssetId into = targetName == null ? null : assetIds.get(targetName);
        GrantKind how = kind.get();
        write.accept(
                () -> inventory
                        .custody()
                        .grantAccess(
                                new Grant(GrantId.random(), source.id(), into, how, inventory.today(), null, null)),
                "Grant added.");
    }

    /** Ends the chosen grant today; it stays in the history. */
    public void end(GrantRow row) {
        if (row == null) {
            return;
        }
        write.accept(() -> inventory.custody().endGrant(row.grant().id(), inventory.today()), "Grant ended.");
    }

    void show(Asset chosen, InventorySnapshot s, NameIndex names) {
        List<GrantRow> edges = new ArrayList<>();
        s.grants().stream()
                .filter(g -> g.from().equals(chosen.id()) && g.until() == null)
                .forEach(g -> edges.add(new GrantRow(
                        g, "This asset " + g.kind().label().toLowerCase(Locale.ROOT) + " → " + names.name(g.to()))));
        s.grants().stream()
                .filter(g -> g.to().equals(chosen.id()) && g.until() == null)
                .forEach(g -> edges.add(new GrantRow(
                        g, names.name(g.from()) + " " + g.kind().label().toLowerCase(Locale.ROOT) + " → this asset")));
        rows.setAll(edges);
        assetIds = s.assets().stream()
                .filter(a -> !a.id().equals(chosen.id()))
                .collect(Collectors.toMap(Asset::name, Asset::id, (a, b) -> a, TreeMap::new));
        targets.setAll(assetIds.keySet());
    }
}
