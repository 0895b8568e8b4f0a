package org.custodian.service;

import java.util.List;
import org.custodian.model.Organisation;
import org.custodian.model.Person;
import org.custodian.storage.Database;

/** Registering people and organisations and keeping their status current. */
public final class PeopleService {
    private final Database database;
    private final Repositories repositories;

    PeopleService(Database database, Repositories repositories) {
        this.database = database;
        this.repositories = repositories;
    }

    public void registerOrganisation(Organisation organisation) {
        database.write(tx -> {
            Names.requireUnique(
                    repositories.organisations().findAll(tx),
                    Organisation::name,
                    Organisation::id,
                    organisation,
                    "an organisation");
            repositories.organisations().add(tx, organisation);
            return null;
        });
    }

    /** Saves a changed name, kind, contact or notes; its people and the assets it supplies keep pointing at it. */
    public void updateOrganisation(Organisation organisation) {
        database.write(tx -> {
            Names.requireUnique(
                    repositories.organisations().findAll(tx),
                    Organisation::name,
                    Organisation::id,
                    organisation,
                    "an organisation");
            repositories.organisations().update(tx, organisation);
            return null;
        });
    }

    public void registerPerson(Person person) {
        database.write(tx -> {
            Names.requireUnique(repositories.people().findAll(tx), Person::name, Person::id, person, "a person");
            repositories.people().add(tx, person);
            return null;
        });
    }

    /** Saves changed details, including status changes to leaving or departed. */
    public void updatePerson(Person person) {
        database.write(tx -> {
            Names.requireUnique(repositories.people().findAll(tx), Person::name, Person::id, person, "a person");
            repositories.people().update(tx, person);
            return null;
        });
    }

    public List<Person> people() {
        return database.read(repositories.people()::findAll);
    }

    public List<Organisation> organisations() {
        return database.read(repositories.organisations()::findAll);
    }

    public Person personNamed(String name) {
        return Names.require(people(), Person::name, name, "person");
    }

    public Organisation organisationNamed(String name) {
        return Names.require(organisations(), Organisation::name, name, "organisation");
    }
}
