package org.custodian.ui.assets;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.custodian.model.Asset;
import org.custodian.model.AssetKind;
import org.custodian.model.InventorySnapshot;
import org.custodian.model.PersonId;
import org.custodian.model.Rotation;
import org.custodian.model.RotationId;
import org.custodian.model.RotationKind;
import org.custodian.model.ValidationException;
import org.custodian.service.Inventory;
import org.custodian.ui.FieldErrors;
import org.custodian.ui.Wording;

/**
 * "Record a rotation" in the asset pane: rotated, re-keyed, disabled or revoked, on a chosen day (today unless
 * told), by whom, with a note. A rotation after a holder's custody ended is what ends their "still knows".
 */
public final class AssetRotation {
    private final ObjectProperty<RotationKind> kind = new SimpleObjectProperty<>(RotationKind.ROTATED);
    private final ObjectProperty<LocalDate> on = new SimpleObjectProperty<>();
    private final StringProperty by = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ObservableList<String> people = FXCollections.observableArrayList();
    private final ObservableList<String> peopleShown = FXCollections.unmodifiableObservableList(people);
    private final FieldErrors errors = new FieldErrors();
    private final Inventory inventory;
    private final Supplier<Asset> asset;
    private final Writer writer;
    private Map<String, PersonId> personIds = Map.of();

    AssetRotation(Inventory inventory, Supplier<Asset> asset, Writer writer) {
        this.inventory = inventory;
        this.asset = asset;
        this.writer = writer;
        on.set(inventory.today());
    }

    public ObjectProperty<RotationKind> kind() {
        return kind;
    }

    /** The day it was done; today unless changed. */
    public ObjectProperty<LocalDate> on() {
        return on;
    }

    /** Who did it, by name; "" for not recorded. */
    public StringProperty by() {
        return by;
    }

    public StringProperty note() {
        return note;
    }

    /** Everyone's name, "" (not recorded) first. */
    public ObservableList<String> people() {
        return peopleShown;
    }

    public FieldErrors errors() {
        return errors;
    }

    public void record() {
        Rotation rotation;
        try {
            rotation = new Rotation(
                    RotationId.random(),
                    asset.get().id(),
                    kind.get(),
                    on.get(),
                    by.get() == null ? null : personIds.get(by.get()),
                    note.get());
        } catch (ValidationException e) {
            errors.show(e);
            return;
        }
        LocalDate day = rotation.on();
        writer.write(
                () -> inventory.assets().recordRotation(rotation),
                rotation.kind().label()
                        + (day.equals(inventory.today()) ? " today." : " on " + Wording.date(day) + "."),
                errors,
                () -> note.set(""));
    }

    /** A new asset chosen: what is usually done to its kind, and today. */
    void show(Asset chosen, InventorySnapshot s, boolean another) {
        Map<String, PersonId> ids = new TreeMap<>();
        s.people().forEach(p -> ids.put(p.name(), p.id()));
        personIds = ids;
        people.setAll(java.util.stream.Stream.concat(java.util.stream.Stream.of(""), ids.keySet().stream())
                .toList());
        if (another) {
            kind.set(chosen.kind() == AssetKind.PHYSICAL_KEY ? RotationKind.RE_KEYED : RotationKind.ROTATED);
            on.set(inventory.today());
            by.set("");
            note.set("");
            errors.clear();
        }
    }
}
