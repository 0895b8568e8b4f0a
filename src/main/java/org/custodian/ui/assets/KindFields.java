package org.custodian.ui.assets;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.custodian.model.AssetDetails;
import org.custodian.model.AssetKind;
import org.custodian.model.Violation;
import org.custodian.ui.Typed;

/**
 * The fields of the asset form that belong to one kind of asset (a key's number, a login's renewal date…), and
 * the {@link AssetDetails} they make. The view shows only those of the chosen kind and binds them both ways.
 */
public final class KindFields {
    private final BooleanProperty personalAccount = new SimpleBooleanProperty(false);
    private final ObjectProperty<LocalDate> renewalDate = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> expiryDate = new SimpleObjectProperty<>();
    private final StringProperty keyNumber = new SimpleStringProperty("");
    private final StringProperty opens = new SimpleStringProperty("");
    private final StringProperty copiesIssued = new SimpleStringProperty("1");
    private final StringProperty copiesReturned = new SimpleStringProperty("0");
    private final StringProperty spendingLimit = new SimpleStringProperty("");
    /** The one text field of several kinds: an alarm panel, a card reference, an allowed address. */
    private final StringProperty reference = new SimpleStringProperty("");

    public BooleanProperty personalAccount() {
        return personalAccount;
    }

    public ObjectProperty<LocalDate> renewalDate() {
        return renewalDate;
    }

    public ObjectProperty<LocalDate> expiryDate() {
        return expiryDate;
    }

    public StringProperty keyNumber() {
        return keyNumber;
    }

    public StringProperty opens() {
        return opens;
    }

    /** As typed: the form reports a number it cannot read beside this field. */
    public StringProperty copiesIssued() {
        return copiesIssued;
    }

    /** As typed, like the copies issued. */
    public StringProperty copiesReturned() {
        return copiesReturned;
    }

    /** A purchasing authority's limit as typed, e.g. "2500.00". */
    public StringProperty spendingLimit() {
        return spendingLimit;
    }

    public StringProperty reference() {
        return reference;
    }

    void clear() {
        keyNumber.set("");
        opens.set("");
        reference.set("");
        copiesIssued.set("1");
        copiesReturned.set("0");
        spendingLimit.set("");
        renewalDate.set(null);
        expiryDate.set(null);
        personalAccount.set(false);
    }

    void fill(AssetDetails d) {
        if (d instanceof AssetDetails.PrivilegedAccount p) {
            personalAccount.set(p.personalAccount());
        } else if (d instanceof AssetDetails.HostingLogin h) {
            renewalDate.set(h.renewalDate());
            expiryDate.set(h.expiryDate());
        } else if (d instanceof AssetDetails.PhysicalKey k) {
            keyNumber.set(text(k.keyNumber()));
            opens.set(text(k.opens()));
            copiesIssued.set(String.valueOf(k.copiesIssued()));
            copiesReturned.set(String.valueOf(k.copiesReturned()));
        } else if (d instanceof AssetDetails.AlarmCode a) {
            reference.set(text(a.panel()));
        } else if (d instanceof AssetDetails.PurchasingAuthority p) {
            reference.set(text(p.reference()));
            spendingLimit.set(p.spendingLimit() == null ? "" : p.spendingLimit().toPlainString());
            renewalDate.set(p.renewalDate());
            expiryDate.set(p.expiryDate());
        } else if (d instanceof AssetDetails.NetworkAllowance n) {
            reference.set(text(n.allowedAddress()));
        } else if (d instanceof AssetDetails.PhoneSystem p) {
            reference.set(text(p.reference()));
        }
    }

    /**
     * The details of {@code kind} as typed. A number that does not read goes into {@code violations} (and counts
     * as not given); the details' own rules throw, as the record's do.
     */
    AssetDetails details(AssetKind kind, List<Violation> violations) {
        switch (kind == null ? AssetKind.SHARED_SECRET : kind) {
            case PRIVILEGED_ACCOUNT:
                return new AssetDetails.PrivilegedAccount(personalAccount.get());
            case HOSTING_LOGIN:
                return new AssetDetails.HostingLogin(renewalDate.get(), expiryDate.get());
            case PHYSICAL_KEY:
                Integer issued = Typed.wholeNumber(copiesIssued.get(), "copiesIssued", violations);
                Integer returned = Typed.wholeNumber(copiesReturned.get(), "copiesReturned", violations);
                return new AssetDetails.PhysicalKey(
                        keyNumber.get(), opens.get(), issued == null ? 1 : issued, returned == null ? 0 : returned);
            case ALARM_CODE:
                return new AssetDetails.AlarmCode(reference.get());
            case PURCHASING_AUTHORITY:
                return new AssetDetails.PurchasingAuthority(
                        reference.get(),
                        Typed.amount(spendingLimit.get(), "spendingLimit", violations),
                        renewalDate.get(),
                        expiryDate.get());
            case NETWORK_ALLOWANCE:
                return new AssetDetails.NetworkAllowance(reference.get());
            case PHONE_SYSTEM:
                return new AssetDetails.PhoneSystem(reference.get());
            default:
                return new AssetDetails.SharedSecret();
        }
    }

    static String text(String value) {
        return value == null ? "" : value;
    }
}
