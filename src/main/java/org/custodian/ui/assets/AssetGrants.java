package org.custodian.ui.assets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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
import org.custodian.model.ValidationException;
import org.custodian.model.Violation;
import org.custodian.service.Inventory;
import org.custodian.ui.FieldErrors;

/**
 * The grants part of the asset pane: current grants both ways, adding one from this asset from any day (today
 * unless told) and ending one on any day from its start.
 */
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
    private final ObjectProperty<LocalDate> since = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> endOn = new SimpleObjectProperty<>();
    private final FieldErrors errors = new FieldErrors();
    private final Inventory inventory;
    private final Supplier<Asset> asset;
    private final Writer writer;
    private Map<String, AssetId> assetIds = Map.of();

    AssetGrants(Inventory inventory, Supplier<Asset> asset, Writer writer) {
        this.inventory = inventory;
        this.asset = asset;
        this.writer = writer;
        since.set(inventory.today());
        endOn.set(inventory.today());
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

    /** Since when the new grant exists; today unless changed. */
    public ObjectProperty<LocalDate> since() {
        return since;
    }

    /** The day the grant chosen to end stopped existing; today unless changed, never before it started. */
    public ObjectProperty<LocalDate> endOn() {
        return endOn;
    }

    public FieldErrors errors() {
        return errors;
    }

    /** Records, from the chosen day, that holding this asset gives a way into the chosen target asset. */
    public void add() {
        String targetName = target.get();
        Grant grant;
        try {
            grant = new Grant(
                    GrantId.random(),
                    asset.get().id(),
                    targetName == null ? null : assetIds.get(targetName),
                    kind.get(),
                    since.get(),
                    null,
                    null);
        } catch (ValidationException e) {
            errors.show(e);
            return;
        }
        writer.write(() -> inventory.custody().grantAccess(grant), "Grant added.", errors, () -> target.set(null));
    }

    /** Ends the chosen grant on the chosen day; it stays in the history. */
    public void end(GrantRow row) {
        if (row == null) {
            return;
        }
        LocalDate on = endOn.get();
        if (on == null) {
            errors.show(new ValidationException(List.of(new Violation("until", "Choose the day the grant ended"))));
            return;
        }
        writer.write(() -> inventory.custody().endGrant(row.grant().id(), on), "Grant ended.", errors, () -> {});
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
