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
import org.custodian.model.ValidationException;
import org.custodian.service.Inventory;
import org.custodian.ui.FieldErrors;
import org.custodian.ui.TaskRunner;
import org.custodian.ui.Wording;

/** The "Add person" form: its fields, the violations beside them, and saving. */
public final class PersonFormModel {
    public final BooleanProperty open = new SimpleBooleanProperty(false);
    public final StringProperty name = new SimpleStringProperty("");
    public final ObjectProperty<PersonKind> kind = new SimpleObjectProperty<>(PersonKind.EMPLOYEE);
    public final StringProperty organisation = new SimpleStringProperty();
    public final StringProperty jobTitle = new SimpleStringProperty("");
    public final ObjectProperty<PersonStatus> status = new SimpleObjectProperty<>(PersonStatus.ACTIVE);
    public final ObjectProperty<LocalDate> lastDay = new SimpleObjectProperty<>();
    public final StringProperty workEmail = new SimpleStringProperty("");
    public final FieldErrors errors = new FieldErrors();
    public final StringProperty error = new SimpleStringProperty("");

    private final Inventory inventory;
    private final TaskRunner tasks;
    private final Consumer<String> onAdded;

    PersonFormModel(Inventory inventory, TaskRunner tasks, Consumer<String> onAdded) {
        this.inventory = inventory;
        this.tasks = tasks;
        this.onAdded = onAdded;
    }

    public void start() {
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

    public void cancel() {
        open.set(false);
    }

    public void save() {
        String organisationName = organisation.get();
        tasks.run(() -> {
            OrganisationId org = organisationName == null || organisationName.isBlank() ? null
                    : inventory.people().organisationNamed(organisationName).id();
            Person person = new Person(PersonId.random(), name.get(), kind.get(), org, jobTitle.get(), status.get(),
                    lastDay.get(), null, workEmail.get(), null, null, null);
            inventory.people().registerPerson(person);
            return person.name();
        }, added -> {
            open.set(false);
            errors.clear();
            onAdded.accept(added);
        }, failure -> {
            if (failure instanceof ValidationException invalid) {
                errors.show(invalid);
                error.set("");
            } else {
                error.set(Wording.failure(failure));
            }
        });
    }
}
