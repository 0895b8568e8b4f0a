package org.custodian.ui.people;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.custodian.model.OrganisationId;
import org.custodian.model.Person;
import org.custodian.model.PersonId;
import org.custodian.model.PersonKind;
import org.custodian.model.PersonStatus;
import org.custodian.model.UserName;
import org.custodian.model.ValidationException;
import org.custodian.model.Violation;
import org.custodian.service.Inventory;
import org.custodian.ui.Background;
import org.custodian.ui.FormState;
import org.custodian.ui.TaskRunner;

/** The "Add person" form: its fields (bound both ways by the view), the violations beside them, and saving. */
public final class PersonFormModel {
    private final FormState state = new FormState("Add person", "Edit person");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<PersonKind> kind = new SimpleObjectProperty<>(PersonKind.EMPLOYEE);
    private final StringProperty organisation = new SimpleStringProperty();
    private final StringProperty jobTitle = new SimpleStringProperty("");
    private final ObjectProperty<PersonStatus> status = new SimpleObjectProperty<>(PersonStatus.ACTIVE);
    private final ObjectProperty<LocalDate> lastDay = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> departedOn = new SimpleObjectProperty<>();
    private final StringProperty workEmail = new SimpleStringProperty("");
    private final StringProperty personalContact = new SimpleStringProperty("");
    private final StringProperty userNames = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");

    private final Inventory inventory;
    private final Background background;
    private final Consumer<String> onAdded;
    private Person original;

    PersonFormModel(Inventory inventory, TaskRunner tasks, Consumer<String> onAdded) {
        this.inventory = inventory;
        this.background = new Background(tasks, PersonFormModel.class);
        this.onAdded = onAdded;
    }

    public FormState state() {
        return state;
    }

    public StringProperty name() {
        return name;
    }

    public ObjectProperty<PersonKind> kind() {
        return kind;
    }

    /** The organisation's name, as the drop-down shows it; null for none. */
    public StringProperty organisation() {
        return organisation;
    }

    public StringProperty jobTitle() {
        return jobTitle;
    }

    public ObjectProperty<PersonStatus> status() {
        return status;
    }

    public ObjectProperty<LocalDate> lastDay() {
        return lastDay;
    }

    /** Saved only when the status is "departed". */
    public ObjectProperty<LocalDate> departedOn() {
        return departedOn;
    }

    public StringProperty workEmail() {
        return workEmail;
    }

    public StringProperty personalContact() {
        return personalContact;
    }

    /** As typed: "system=user" pairs separated by ";" or line breaks, as in people.csv. */
    public StringProperty userNames() {
        return userNames;
    }

    public StringProperty notes() {
        return notes;
    }

    public void start() {
        original = null;
        fill(null, null);
        state.begin(false);
    }

    /** Opens the form on an existing person, every field filled in; saving updates that person. */
    public void edit(Person person, String organisationName) {
        original = person;
        fill(person, organisationName == null || organisationName.isBlank() ? null : organisationName);
        state.begin(true);
    }

    public void cancel() {
        state.close();
    }

    public void save() {
        String organisationName = organisation.get();
        background.run(
                () -> {
                    OrganisationId org = organisationName == null || organisationName.isBlank()
                            ? null
                            : inventory
                                    .people()
                                    .organisationNamed(organisationName)
                                    .id();
                    Person person = build(org);
                    if (original != null) {
                        inventory.people().updatePerson(person);
                    } else {
                        inventory.people().registerPerson(person);
                    }
                    return person.name();
                },
                added -> {
                    original = null;
                    state.saved();
                    onAdded.accept(added);
                },
                state::failed);
    }

    /** The person as the form reads; every broken rule at once, the user names' among them. */
    private Person build(OrganisationId org) {
        List<Violation> violations = new ArrayList<>();
        List<UserName> names = List.of();
        try {
            names = UserName.parseList(userNames.get());
        } catch (ValidationException e) {
            violations.addAll(e.violations());
        }
        try {
            Person person = person(org, names);
            if (violations.isEmpty()) {
                return person;
            }
        } catch (ValidationException e) {
            violations.addAll(e.violations());
        }
        throw new ValidationException(violations);
    }

    private Person person(OrganisationId org, List<UserName> names) {
        Person before = original;
        LocalDate departed = status.get() == PersonStatus.DEPARTED ? departedOn.get() : null;
        return new Person(
                before == null ? PersonId.random() : before.id(),
                name.get(),
                kind.get(),
                org,
                jobTitle.get(),
                status.get(),
                lastDay.get(),
                departed,
                workEmail.get(),
                personalContact.get(),
                names,
                notes.get());
    }

    /** Every field from {@code person}, or empty (with the defaults of a new person) for null. */
    private void fill(Person person, String organisationName) {
        name.set(person == null ? "" : person.name());
        kind.set(person == null ? PersonKind.EMPLOYEE : person.kind());
        organisation.set(organisationName);
        jobTitle.set(person == null || person.jobTitle() == null ? "" : person.jobTitle());
        status.set(person == null ? PersonStatus.ACTIVE : person.status());
        lastDay.set(person == null ? null : person.lastDay());
        departedOn.set(person == null ? null : person.departedOn());
        workEmail.set(person == null || person.workEmail() == null ? "" : person.workEmail());
        personalContact.set(person == null || person.personalContact() == null ? "" : person.personalContact());
        userNames.set(person == null ? "" : UserName.format(person.userNames()));
        notes.set(person == null || person.notes() == null ? "" : person.notes());
    }
}
