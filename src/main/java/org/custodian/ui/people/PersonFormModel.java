package org.custodian.ui.people;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.custodian.model.OrganisationId;
import org.custodian.model.Person;
import org.custodian.model.PersonId;
import org.custodian.model.PersonKind;
import org.custodian.model.PersonStatus;
import org.custodian.service.Inventory;
import org.custodian.ui.FieldErrors;
import org.custodian.ui.TaskRunner;

/** The "Add person" form: its fields, the violations beside them, and saving. */
public final class PersonFormModel {
    public final BooleanProperty open = new SimpleBooleanProperty(false);
    public final StringProperty name = new SimpleStringProperty("");
    public final ObjectProperty<PersonKind> kind = new SimpleObjectProperty<>(PersonKind.EMPLOYEE);
    public final StringProperty organisation = new SimpleStringProperty();
    public final StringProperty jobTitle = new SimpleStringProperty("");
    public final ObjectProperty<PersonStatus> status = new SimpleObjectProperty<>(PersonStatus.ACTIVE);
    public final ObjectProperty<LocalDate> lastDay = new SimpleObjectProperty<>();
    public final ObjectProperty<LocalDate> departedOn = new SimpleObjectProperty<>();
    public final StringProperty personalContact = new SimpleStringProperty("");
    /** "Add person" or "Edit person": the form's heading and whether it saves a new record or updates one. */
    public final StringProperty title = new SimpleStringProperty("Add person");
    public final BooleanProperty editing = new SimpleBooleanProperty(false);
    public final StringProperty workEmail = new SimpleStringProperty("");
    public final FieldErrors errors = new FieldErrors();
    public final StringProperty error = new SimpleStringProperty("");

    private final Inventory inventory;
    private final TaskRunner tasks;
    private final Consumer<String> onAdded;
    private Person original;

    PersonFormModel(Inventory inventory, TaskRunner tasks, Consumer<String> onAdded) {
        this.inventory = inventory;
        this.tasks = tasks;
        this.onAdded = onAdded;
    }

    public void start() {
        original = null;
        editing.set(false);
        title.set("Add person");
        departedOn.set(null);
        personalContact.set("");
        name.set("");
        kind.set(PersonKind.EMPLOYEE);
        organisation.set(null);
        jobTitle.set("");
        status.set(PersonStatus.ACTIVE);
        lastDay.set(null);
        workEmail.set("");
        errors.clear();
        error.set("");
        open.set(true);
    }

    /** Opens the form on an existing person, every field filled in; saving updates that person. */
    public void edit(Person person, String organisationName) {
        start();
        original = person;
        editing.set(true);
        title.set("Edit person");
        name.set(person.name());
        kind.set(person.kind());
        organisation.set(organisationName == null || organisationName.isBlank() ? null : organisationName);
        jobTitle.set(person.jobTitle() == null ? "" : person.jobTitle());
        status.set(person.status());
        lastDay.set(person.lastDay());
        departedOn.set(person.departedOn());
        workEmail.set(person.workEmail() == null ? "" : person.workEmail());
        personalContact.set(person.personalContact() == null ? "" : person.personalContact());
    }

    public void cancel() {
        open.set(false);
    }

    public void save() {
        String organisationName = organisation.get();
        tasks.run(() -> {
            OrganisationId org = organisationName == null || organisationName.isBlank() ? null
                    : inventory.people().organisationNamed(organisationName).id();
            Person before = original;
            if (before != null) {
                LocalDate departed = status.get() == PersonStatus.DEPARTED ? departedOn.get() : null;
                Person person = new Person(before.id(), name.get(), kind.get(), org, jobTitle.get(), status.get(),
                        lastDay.get(), departed, workEmail.get(), personalContact.get(), before.userNames(),
                        before.notes());
                inventory.people().updatePerson(person);
                return person.name();
            }
            Person person = new Person(PersonId.random(), name.get(), kind.get(), org, jobTitle.get(), status.get(),
                    lastDay.get(), status.get() == PersonStatus.DEPARTED ? departedOn.get() : null, workEmail.get(),
                    personalContact.get(), null, null);
            inventory.people().registerPerson(person);
            return person.name();
        }, added -> {
            original = null;
            open.set(false);
            errors.clear();
            onAdded.accept(added);
        }, failure -> errors.showFailure(failure, error));
    }
}
