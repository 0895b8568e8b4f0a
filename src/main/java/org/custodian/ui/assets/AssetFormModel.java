package org.custodian.ui.assets;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
import org.custodian.ui.Typed;

/** "Add asset" / "Edit asset": every field of assets.csv for the chosen kind, and the violations beside each. */
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
    private final StringProperty rotationProcedure = new SimpleStringProperty("");
    private final StringProperty valueLocation = new SimpleStringProperty("");
    private final StringProperty recoveryEmail = new SimpleStringProperty("");
    private final StringProperty recoveryPhone = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final KindFields kindFields = new KindFields();
    private final AssetLinks links = new AssetLinks();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);

    private final Inventory inventory;
    private final Background background;
    /** The drop-downs' names; a form opened since replaces an answer still on its way. */
    private final Background.Latest choosing;

    private final Consumer<String> onAdded;
    private Asset original;

    AssetFormModel(Inventory inventory, TaskRunner tasks, Consumer<String> onAdded) {
        this.inventory = inventory;
        this.background = new Background(tasks, AssetFormModel.class);
        this.choosing = background.latest();
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

    /**
     * False until the vendor and people drop-downs are read: saving before that would lose an edited asset's
     * links.
     */
    public ReadOnlyBooleanProperty ready() {
        return ready.getReadOnlyProperty();
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

    /** A short how-to for changing the secret. */
    public StringProperty rotationProcedure() {
        return rotationProcedure;
    }

    public StringProperty valueLocation() {
        return valueLocation;
    }

    public StringProperty recoveryEmail() {
        return recoveryEmail;
    }

    public StringProperty recoveryPhone() {
        return recoveryPhone;
    }

    public StringProperty notes() {
        return notes;
    }

    public KindFields kindFields() {
        return kindFields;
    }

    /** Vendor, owner and "set up by", chosen by name. */
    public AssetLinks links() {
        return links;
    }

    public void start() {
        open(null);
        state.begin(false);
    }

    /** Opens the form on an existing asset with every field filled in; its kind cannot change. */
    public void edit(Asset asset) {
        open(asset);
        kind.set(asset.kind());
        subtype.set(asset.subtype());
        name.set(asset.name());
        criticality.set(asset.criticality());
        system.set(KindFields.text(asset.system()));
        rotationInterval.set(asset.rotationIntervalDays() == null ? "" : String.valueOf(asset.rotationIntervalDays()));
        rotationProcedure.set(KindFields.text(asset.rotationProcedure()));
        valueLocation.set(KindFields.text(asset.valueLocation()));
        recoveryEmail.set(KindFields.text(asset.recoveryEmail()));
        recoveryPhone.set(KindFields.text(asset.recoveryPhone()));
        notes.set(KindFields.text(asset.notes()));
        kindFields.fill(asset.details());
        state.begin(true);
    }

    /** Empty fields, then the drop-downs' names (and an edited asset's links) read in the background. */
    private void open(Asset asset) {
        original = asset;
        List.of(name, system, rotationInterval, rotationProcedure, valueLocation, recoveryEmail, recoveryPhone, notes)
                .forEach(p -> p.set(""));
        criticality.set(null);
        kindFields.clear();
        links.clear();
        ready.set(false);
        choosing.run(
                () -> AssetLinks.Choices.read(inventory),
                read -> {
                    links.show(read, asset);
                    ready.set(true);
                },
                state::failed);
    }

    public void cancel() {
        choosing.forget();
        state.close();
    }

    public void save() {
        if (!ready.get()) {
            return;
        }
        Asset asset;
        try {
            asset = build();
        } catch (ValidationException e) {
            state.failed(e);
            return;
        }
        boolean adding = original == null;
        background.run(
                () -> {
                    if (adding) {
                        inventory.assets().registerAsset(asset);
                    } else {
                        inventory.assets().updateAsset(asset);
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

    /** The asset as the form reads; every broken rule at once: the record's, its details' and the typed numbers'. */
    private Asset build() {
        List<Violation> violations = new ArrayList<>();
        Integer interval = Typed.wholeNumber(rotationInterval.get(), "rotationIntervalDays", violations);
        AssetDetails details = null;
        try {
            details = kindFields.details(kind.get(), violations);
        } catch (ValidationException e) {
            violations.addAll(e.violations());
        }
        try {
            Asset asset = asset(interval, details, violations);
            if (violations.isEmpty()) {
                return asset;
            }
        } catch (ValidationException e) {
            violations.addAll(e.violations());
        }
        throw new ValidationException(violations);
    }

    private Asset asset(Integer interval, AssetDetails details, List<Violation> violations) {
        return new Asset(
                original == null ? AssetId.random() : original.id(),
                name.get(),
                subtype.get(),
                criticality.get(),
                system.get(),
                links.vendorId(violations),
                links.ownerId(violations),
                links.setUpById(violations),
                interval,
                rotationProcedure.get(),
                valueLocation.get(),
                recoveryEmail.get(),
                recoveryPhone.get(),
                notes.get(),
                details);
    }
}
