package org.custodian.ui.organisations;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.custodian.model.Organisation;
import org.custodian.model.OrganisationId;
import org.custodian.model.OrganisationKind;
import org.custodian.service.Inventory;
import org.custodian.ui.Background;
import org.custodian.ui.FormState;
import org.custodian.ui.TaskRunner;

/** "Add organisation" and "Edit organisation": name, kind, contact and notes, with the rules' messages beside them. */
public final class OrganisationFormModel {
    private final FormState state = new FormState("Add organisation", "Edit organisation");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<OrganisationKind> kind = new SimpleObjectProperty<>();
    private final StringProperty contact = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");

    private final Inventory inventory;
    private final Background background;
    private final Consumer<String> onSaved;
    private Organisation original;

    OrganisationFormModel(Inventory inventory, TaskRunner tasks, Consumer<String> onSaved) {
        this.inventory = inventory;
        this.background = new Background(tasks, OrganisationFormModel.class);
        this.onSaved = onSaved;
    }

    public FormState state() {
        return state;
    }

    public StringProperty name() {
        return name;
    }

    public ObjectProperty<OrganisationKind> kind() {
        return kind;
    }

    /** The desk's phone and/or e-mail. */
    public StringProperty contact() {
        return contact;
    }

    public StringProperty notes() {
        return notes;
    }

    public void start() {
        original = null;
        fill(null);
        state.begin(false);
    }

    /** Opens the form on an existing organisation; saving updates it, and its people keep pointing at it. */
    public void edit(Organisation organisation) {
        original = organisation;
        fill(organisation);
        state.begin(true);
    }

    public void cancel() {
        state.close();
    }

    public void save() {
        Organisation before = original;
        String typedName = name.get();
        OrganisationKind chosenKind = kind.get();
        String typedContact = contact.get();
        String typedNotes = notes.get();
        background.run(
                () -> {
                    Organisation organisation = new Organisation(
                            before == null ? OrganisationId.random() : before.id(),
                            typedName,
                            chosenKind,
                            typedContact,
                            typedNotes);
                    if (before == null) {
                        inventory.people().registerOrganisation(organisation);
                    } else {
                        inventory.people().updateOrganisation(organisation);
                    }
                    return organisation.name();
                },
                saved -> {
                    original = null;
                    state.saved();
                    onSaved.accept(saved);
                },
                state::failed);
    }

    private void fill(Organisation o) {
        name.set(o == null ? "" : o.name());
        kind.set(o == null ? null : o.kind());
        contact.set(o == null || o.contact() == null ? "" : o.contact());
        notes.set(o == null || o.notes() == null ? "" : o.notes());
    }
}
