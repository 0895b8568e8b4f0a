package org.custodian.ui.assets;

import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.custodian.model.Asset;
import org.custodian.model.Custody;
import org.custodian.model.CustodyId;
import org.custodian.model.CustodyRole;
import org.custodian.model.EndReason;
import org.custodian.model.InventorySnapshot;
import org.custodian.model.NameIndex;
import org.custodian.model.Principal;
import org.custodian.service.Inventory;
import org.custodian.ui.Holders;
import org.custodian.ui.Wording;

/** The custodians part of the asset pane: who holds or knows the asset, giving custody and ending it. */
public final class AssetCustody {
    public record CustodyRow(Custody custody, String holder, String role, String from, String until) {}

    private final ObservableList<CustodyRow> rows = FXCollections.observableArrayList();
    private final ObservableList<CustodyRow> rowsShown = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<String> holders = FXCollections.observableArrayList();
    private final ObservableList<String> holdersShown = FXCollections.unmodifiableObservableList(holders);
    private final StringProperty holder = new SimpleStringProperty();
    private final ObjectProperty<CustodyRole> role = new SimpleObjectProperty<>(CustodyRole.HOLDS);
    private final ObjectProperty<EndReason> endReason = new SimpleObjectProperty<>(EndReason.RETURNED);
    private final Inventory inventory;
    private final Supplier<Asset> asset;
    private final BiConsumer<Runnable, String> write;
    private Map<String, Principal> principals = Map.of();

    /** {@code write} runs a change in the background, then reloads the asset and says {@code done}. */
    AssetCustody(Inventory inventory, Supplier<Asset> asset, BiConsumer<Runnable, String> write) {
        this.inventory = inventory;
        this.asset = asset;
        this.write = write;
    }

    /** Current and ended custody of the asset. */
    public ObservableList<CustodyRow> rows() {
        return rowsShown;
    }

    /** People still here and groups, by the name shown, who could be given custody. */
    public ObservableList<String> holders() {
        return holdersShown;
    }

    /** The holder chosen to give custody to. */
    public StringProperty holder() {
        return holder;
    }

    public ObjectProperty<CustodyRole> role() {
        return role;
    }

    /** Why the custody chosen to end ends. */
    public ObjectProperty<EndReason> endReason() {
        return endReason;
    }

    /** Records, from today, that the chosen holder has the asset in the chosen role. */
    public void add() {
        Principal chosen = holder.get() == null ? null : principals.get(holder.get());
        Asset target = asset.get();
        write.accept(
                () -> inventory
                        .custody()
                        .recordHandover(new Custody(
                                CustodyId.random(),
                                target.id(),
                                chosen,
                                role.get(),
                                inventory.today(),
                                null,
                                null,
                                null,
                                null)),
                "Custody recorded.");
    }

    public void end(CustodyRow row) {
        EndReason reason = endReason.get();
        write.accept(
                () -> inventory.custody().endCustody(row.custody().id(), inventory.today(), reason),
                "Custody of " + row.holder() + " ended (" + reason.label().toLowerCase(Locale.ROOT) + ").");
    }

    void show(Asset chosen, InventorySnapshot s, NameIndex names) {
        principals = Holders.choices(s);
        holders.setAll(principals.keySet());
        rows.setAll(s.custody().stream()
                .filter(c -> c.asset().equals(chosen.id()))
                .map(c -> new CustodyRow(
                        c,
                        Holders.name(names, c.holder()),
                        c.role().label(),
                        Wording.date(c.from()),
                        c.until() == null
                                ? ""
                                : Wording.date(c.until()) + " (" + c.endReason().label() + ")"))
                .toList());
    }
}
