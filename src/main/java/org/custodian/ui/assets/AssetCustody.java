package org.custodian.ui.assets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.custodian.model.ValidationException;
import org.custodian.model.Violation;
import org.custodian.service.Inventory;
import org.custodian.ui.FieldErrors;
import org.custodian.ui.Holders;
import org.custodian.ui.Typed;
import org.custodian.ui.Wording;

/**
 * The custodians part of the asset pane: who holds or knows the asset, and since when; recording custody from any
 * day (today unless told), with copies and a note, and ending it on any day from its start.
 */
public final class AssetCustody {
    public record CustodyRow(
            Custody custody, String holder, String role, String from, String until, String copies, String note) {}

    private final ObservableList<CustodyRow> rows = FXCollections.observableArrayList();
    private final ObservableList<CustodyRow> rowsShown = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<String> holders = FXCollections.observableArrayList();
    private final ObservableList<String> holdersShown = FXCollections.unmodifiableObservableList(holders);
    private final StringProperty holder = new SimpleStringProperty();
    private final ObjectProperty<CustodyRole> role = new SimpleObjectProperty<>(CustodyRole.HOLDS);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final StringProperty copies = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> endOn = new SimpleObjectProperty<>();
    private final ObjectProperty<EndReason> endReason = new SimpleObjectProperty<>(EndReason.RETURNED);
    private final FieldErrors errors = new FieldErrors();
    private final Inventory inventory;
    private final Supplier<Asset> asset;
    private final Writer writer;
    private Map<String, Principal> principals = Map.of();

    AssetCustody(Inventory inventory, Supplier<Asset> asset, Writer writer) {
        this.inventory = inventory;
        this.asset = asset;
        this.writer = writer;
        from.set(inventory.today());
        endOn.set(inventory.today());
    }

    /** Current and ended custody of the asset. */
    public ObservableList<CustodyRow> rows() {
        return rowsShown;
    }

    /** Everyone and every group by the name shown (departed people marked), who could be recorded as holder. */
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

    /** The first day of the custody to record; today unless changed. */
    public ObjectProperty<LocalDate> from() {
        return from;
    }

    /** Copies of a key this holder has, as typed; empty means one. */
    public StringProperty copies() {
        return copies;
    }

    public StringProperty note() {
        return note;
    }

    /** The day the custody chosen to end ends; today unless changed, never before it started. */
    public ObjectProperty<LocalDate> endOn() {
        return endOn;
    }

    /** Why the custody chosen to end ends. */
    public ObjectProperty<EndReason> endReason() {
        return endReason;
    }

    /** Each field's message, beside the custody fields. */
    public FieldErrors errors() {
        return errors;
    }

    /** Records that the chosen holder has the asset in the chosen role from the chosen day. */
    public void add() {
        Custody custody;
        try {
            custody = custody();
        } catch (ValidationException e) {
            errors.show(e);
            return;
        }
        writer.write(
                () -> inventory.custody().recordHandover(custody),
                "Custody recorded from " + Wording.date(custody.from()) + ".",
                errors,
                () -> {
                    holder.set(null);
                    copies.set("");
                    note.set("");
                });
    }

    private Custody custody() {
        List<Violation> violations = new ArrayList<>();
        Integer count = Typed.wholeNumber(copies.get(), "copies", violations);
        Principal chosen = holder.get() == null ? null : principals.get(holder.get());
        try {
            Custody custody = new Custody(
                    CustodyId.random(),
                    asset.get().id(),
                    chosen,
                    role.get(),
                    from.get(),
                    null,
                    null,
                    count,
                    note.get());
            if (violations.isEmpty()) {
                return custody;
            }
        } catch (ValidationException e) {
            violations.addAll(e.violations());
        }
        throw new ValidationException(violations);
    }

    /** Ends the chosen custody on the chosen day, for the chosen reason; it stays in the history. */
    public void end(CustodyRow row) {
        if (row == null) {
            return;
        }
        EndReason reason = endReason.get();
        LocalDate on = endOn.get();
        if (on == null) {
            errors.show(new ValidationException(List.of(new Violation("until", "Choose the day the custody ended"))));
            return;
        }
        writer.write(
                () -> inventory.custody().endCustody(row.custody().id(), on, reason),
                "Custody of " + row.holder() + " ended " + Wording.date(on) + " ("
                        + (reason == null ? "" : reason.label().toLowerCase(Locale.ROOT)) + ").",
                errors,
                () -> {});
    }

    void show(Asset chosen, InventorySnapshot s, NameIndex names) {
        principals = Holders.anyone(s);
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
                                : Wording.date(c.until()) + " (" + c.endReason().label() + ")",
                        c.copies() == null ? "" : String.valueOf(c.copies()),
                        c.note() == null ? "" : c.note()))
                .toList());
    }
}
