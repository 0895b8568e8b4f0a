package org.custodian.ui.assets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
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
import org.custodian.ui.FieldErrors;
import org.custodian.ui.TaskRunner;

/** "Add asset": the common fields, the chosen kind's own fields, and the violations beside each. */
public final class AssetFormModel {
    public final BooleanProperty open = new SimpleBooleanProperty(false);
    public final StringProperty name = new SimpleStringProperty("");
    public final ObjectProperty<AssetKind> kind = new SimpleObjectProperty<>(AssetKind.SHARED_SECRET);
    public final ObservableList<AssetSubtype> subtypes = FXCollections.observableArrayList();
    public final ObjectProperty<AssetSubtype> subtype = new SimpleObjectProperty<>();
    public final ObjectProperty<Criticality> criticality = new SimpleObjectProperty<>();
    public final StringProperty system = new SimpleStringProperty("");
    public final StringProperty rotationInterval = new SimpleStringProperty("");
    public final StringProperty valueLocation = new SimpleStringProperty("");
    public final StringProperty recoveryEmail = new SimpleStringProperty("");
    public final BooleanProperty personalAccount = new SimpleBooleanProperty(false);
    public final ObjectProperty<LocalDate> renewalDate = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> expiryDate = new SimpleObjectProperty<>();
    public final StringProperty keyNumber = new SimpleStringProperty("");
    public final StringProperty opens = new SimpleStringProperty("");
    public final StringProperty copiesIssued = new SimpleStringProperty("1");
    public final StringProperty reference = new SimpleStringProperty("");
    /** "Add asset" or "Edit asset"; while editing the kind is fixed and saving updates the asset. */
    public final StringProperty title = new SimpleStringProperty("Add asset");
    public final BooleanProperty editing = new SimpleBooleanProperty(false);
    public final FieldErrors errors = new FieldErrors();
    public final StringProperty error = new SimpleStringProperty("");

    private final Inventory inventory;
    private final TaskRunner tasks;
    private final Consumer<String> onAdded;
    private Asset original;

    AssetFormModel(Inventory inventory, TaskRunner tasks, Consumer<String> onAdded) {
        this.inventory = inventory;
        this.tasks = tasks;
        this.onAdded = onAdded;
        kind.addListener((obs, old, now) -> {
            subtypes.setAll(now == null ? List.of() : AssetSubtype.of(now));
            subtype.set(subtypes.isEmpty() ? null : subtypes.get(0));
        });
        subtypes.setAll(AssetSubtype.of(kind.get()));
        subtype.set(subtypes.get(0));
    }

    public void start() {
        original = null;
        editing.set(false);
        title.set("Add asset");
        List.of(name, system, rotationInterval, valueLocation, recoveryEmail, keyNumber, opens, reference)
                .forEach(p -> p.set(""));
        copiesIssued.set("1");
        criticality.set(null);
        renewalDate.set(null);
        expiryDate.set(null);
        personalAccount.set(false);
        errors.clear();
        error.set("");
        open.set(true);
    }

    /** Opens the form on an existing asset with every field filled in; its kind cannot change. */
    public void edit(Asset asset) {
        start();
        original = asset;
        editing.set(true);
        title.set("Edit asset");
        kind.set(asset.kind());
        subtype.set(asset.subtype());
        name.set(asset.name());
        criticality.set(asset.criticality());
        system.set(text(asset.system()));
        rotationInterval.set(asset.rotationIntervalDays() == null ? "" : String.valueOf(asset.rotationIntervalDays()));
        valueLocation.set(text(asset.valueLocation()));
        recoveryEmail.set(text(asset.recoveryEmail()));
        AssetDetails d = asset.details();
        if (d instanceof AssetDetails.PrivilegedAccount p) {
            personalAccount.set(p.personalAccount());
        } else if (d instanceof AssetDetails.HostingLogin h) {
            renewalDate.set(h.renewalDate());
            expiryDate.set(h.expiryDate());
        } else if (d instanceof AssetDetails.PhysicalKey k) {
            keyNumber.set(text(k.keyNumber()));
            opens.set(text(k.opens()));
            copiesIssued.set(String.valueOf(k.copiesIssued()));
        } else if (d instanceof AssetDetails.AlarmCode a) {
            reference.set(text(a.panel()));
        } else if (d instanceof AssetDetails.PurchasingAuthority p) {
            reference.set(text(p.reference()));
            renewalDate.set(p.renewalDate());
            expiryDate.set(p.expiryDate());
        } else if (d instanceof AssetDetails.NetworkAllowance n) {
            reference.set(text(n.allowedAddress()));
        } else if (d instanceof AssetDetails.PhoneSystem p) {
            reference.set(text(p.reference()));
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    public void cancel() {
        open.set(false);
    }

    public void save() {
        tasks.run(() -> {
            Asset asset = build();
            if (original != null) {
                inventory.assets().updateAsset(asset);
            } else {
                inventory.assets().registerAsset(asset);
            }
            return asset.name();
        }, added -> {
            original = null;
            open.set(false);
            errors.clear();
            onAdded.accept(added);
        }, failure -> errors.showFailure(failure, error));
    }

    private Asset build() {
        List<Violation> violations = new ArrayList<>();
        Integer interval = number(rotationInterval.get(), "rotationIntervalDays", violations);
        Integer copies = number(copiesIssued.get(), "copiesIssued", violations);
        AssetDetails details;
        try {
            details = details(copies == null ? 1 : copies);
        } catch (ValidationException e) {
            violations.addAll(e.violations());
            details = null;
        }
        try {
            Asset before = original;
            Asset asset = before == null
                    ? new Asset(AssetId.random(), name.get(), subtype.get(), criticality.get(), system.get(), null,
                    null, null, interval, null, valueLocation.get(), recoveryEmail.get(), null, null, details)
                    : new Asset(before.id(), name.get(), subtype.get(), criticality.get(), system.get(), before.vendor(),
                    before.owner(), before.setUpBy(), interval, before.rotationProcedure(), valueLocation.get(),
                    recoveryEmail.get(), before.recoveryPhone(), before.notes(), details);
            if (violations.isEmpty()) {
                return asset;
            }
        } catch (ValidationException e) {
            violations.addAll(e.violations());
        }
        // Every violation once: the record's own and the unreadable numbers.
        throw new ValidationException(violations);
    }

    private AssetDetails details(int copies) {
        AssetKind chosen = kind.get() == null ? AssetKind.SHARED_SECRET : kind.get();
        switch (chosen) {
            case PRIVILEGED_ACCOUNT: return new AssetDetails.PrivilegedAccount(personalAccount.get());
            case HOSTING_LOGIN: return new AssetDetails.HostingLogin(renewalDate.get(), expiryDate.get());
            case PHYSICAL_KEY:
                return new AssetDetails.PhysicalKey(keyNumber.get(), opens.get(), copies,
                        original != null && original.details() instanceof AssetDetails.PhysicalKey k ? k.copiesReturned() : 0);
            case ALARM_CODE: return new AssetDetails.AlarmCode(reference.get());
            case PURCHASING_AUTHORITY:
                return new AssetDetails.PurchasingAuthority(reference.get(),
                        original != null && original.details() instanceof AssetDetails.PurchasingAuthority p
                                ? p.spendingLimit() : (BigDecimal) null, renewalDate.get(),
                        expiryDate.get());
            case NETWORK_ALLOWANCE: return new AssetDetails.NetworkAllowance(reference.get());
            case PHONE_SYSTEM: return new AssetDetails.PhoneSystem(reference.get());
            default: return new AssetDetails.SharedSecret();
        }
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
