package org.custodian.ui.assets;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.custodian.model.Asset;
import org.custodian.model.AssetDetails;
import org.custodian.model.AssetId;
import org.custodian.model.AssetKind;
import org.custodian.model.AssetSubtype;
import org.custodian.model.Criticality;
import org.custodian.model.ValidationException;
import org.custodian.model.Violation;
import org.custodian.service.Inventory;
import org.custodian.ui.Background;
import org.custodian.ui.FormState;
import org.custodian.ui.TaskRunner;

/** "Add asset": the common fields, the chosen kind's own fields, and the violations beside each. */
public final class AssetFormModel {
    private final FormState state = new FormState("Add asset", "Edit asset");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<AssetKind> kind = new SimpleObjectProperty<>(AssetKind.SHARED_SECRET);
    private final ObservableList<AssetSubtype> subtypes = FXCollections.observableArrayList();
    private final ObservableList<AssetSubtype> subtypesShown = FXCollections.unmodifiableObservableList(subtypes);
    private final ObjectProperty<AssetSubtype> subtype = new SimpleObjectProperty<>();
    private final ObjectProperty<Criticality> criticality = new SimpleObjectProperty<>();
    private final StringProperty system = new SimpleStringProperty("");
    private final StringProperty rotationInterval = new SimpleStringProperty("");
    private final StringProperty valueLocation = new SimpleStringProperty("");
    private final StringProperty recoveryEmail = new SimpleStringProperty("");
    private final KindFields kindFields = new KindFields();

    private final Inventory inventory;
    private final Background background;
    private final Consumer<String> onAdded;
    private Asset original;

    AssetFormModel(Inventory inventory, TaskRunner tasks, Consumer<String> onAdded) {
        this.inventory = inventory;
        this.background = new Background(tasks, AssetFormModel.class);
        this.onAdded = onAdded;
        kind.addListener((obs, old, now) -> {
            subtypes.setAll(now == null ? List.of() : AssetSubtype.of(now));
            subtype.set(subtypes.isEmpty() ? null : subtypes.get(0));
        });
        subtypes.setAll(AssetSubtype.of(kind.get()));
        subtype.set(subtypes.get(0));
    }

    /** Open or closed, heading, adding or editing (the kind is fixed while editing), and the messages. */
    public FormState state() {
        return state;
    }

    public StringProperty name() {
        return name;
    }

    public ObjectProperty<AssetKind> kind() {
        return kind;
    }

    /** The subtypes of the chosen kind. */
    public ObservableList<AssetSubtype> subtypes() {
        return subtypesShown;
    }

    public ObjectProperty<AssetSubtype> subtype() {
        return subtype;
    }

    public ObjectProperty<Criticality> criticality() {
        return criticality;
    }

    public StringProperty system() {
        return system;
    }

    /** Days, as typed: the form reports a number it cannot read beside this field. */
    public StringProperty rotationInterval() {
        return rotationInterval;
    }

    public StringProperty valueLocation() {
        return valueLocation;
    }

    public StringProperty recoveryEmail() {
        return recoveryEmail;
    }

    public KindFields kindFields() {
        return kindFields;
    }

    public void start() {
        original = null;
        List.of(name, system, rotationInterval, valueLocation, recoveryEmail).forEach(p -> p.set(""));
        criticality.set(null);
        kindFields.clear();
        state.begin(false);
    }

    /** Opens the form on an existing asset with every field filled in; its kind cannot change. */
    public void edit(Asset asset) {
        start();
        original = asset;
        kind.set(asset.kind());
        subtype.set(asset.subtype());
        name.set(asset.name());
        criticality.set(asset.criticality());
        system.set(KindFields.text(asset.system()));
        rotationInterval.set(asset.rotationIntervalDays() == null ? "" : String.valueOf(asset.rotationIntervalDays()));
        valueLocation.set(KindFields.text(asset.valueLocation()));
        recoveryEmail.set(KindFields.text(asset.recoveryEmail()));
        kindFields.fill(asset.details());
        state.begin(true);
    }

    public void cancel() {
        state.close();
    }

    public void save() {
        background.run(
                () -> {
                    Asset asset = build();
                    if (original != null) {
                        inventory.assets().updateAsset(asset);
                    } else {
                        inventory.assets().registerAsset(asset);
                    }
                    return asset.name();
                },
                added -> {
                    original = null;
                    state.saved();
                    onAdded.accept(added);
                },
                state::failed);
    }

    private Asset build() {
        List<Violation> violations = new ArrayList<>();
        Integer interval = number(rotationInterval.get(), "rotationIntervalDays", violations);
        Integer copies = number(kindFields.copiesIssued().get(), "copiesIssued", violations);
        AssetDetails details;
        try {
            details = kindFields.details(
                    kind.get(), copies == null ? 1 : copies, original == null ? null : original.details());
        } catch (ValidationException e) {
            violations.addAll(e.violations());
            details = null;
        }
        try {
            Asset asset = asset(interval, details);
            if (violations.isEmpty()) {
                return asset;
            }
        } catch (ValidationException e) {
            violations.addAll(e.violations());
        }
        // Every violation once: the record's own and the unreadable numbers.
        throw new ValidationException(violations);
    }

    /** The asset as the form reads; what the form does not show is kept from the original. */
    private Asset asset(Integer interval, AssetDetails details) {
        Asset before = original;
        return before == null
                ? new Asset(
                        AssetId.random(),
                        name.get(),
                        subtype.get(),
                        criticality.get(),
                        system.get(),
                        null,
                        null,
                        null,
                        interval,
                        null,
                        valueLocation.get(),
                        recoveryEmail.get(),
                        null,
                        null,
                        details)
                : new Asset(
                        before.id(),
                        name.get(),
                        subtype.get(),
                        criticality.get(),
                        system.get(),
                        before.vendor(),
                        before.owner(),
                        before.setUpBy(),
                        interval,
                        before.rotationProcedure(),
                        valueLocation.get(),
                        recoveryEmail.get(),
                        before.recoveryPhone(),
                        before.notes(),
                        details);
    }

    private static Integer number(String text, String field, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            violations.add(new Violation(field, "Enter a whole number"));
            return null;
        }
    }
}
