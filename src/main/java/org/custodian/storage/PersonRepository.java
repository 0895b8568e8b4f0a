package org.custodian.storage;

import static org.custodian.storage.schema.Tables.PERSON;
import static org.custodian.storage.schema.Tables.PERSON_USER_NAME;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.custodian.model.Person;
import org.custodian.model.PersonId;
import org.custodian.model.PersonKind;
import org.custodian.model.PersonStatus;
import org.custodian.model.UserName;
import org.custodian.storage.schema.tables.records.PersonRecord;
import org.custodian.storage.schema.tables.records.PersonUserNameRecord;

public final class PersonRepository {
    public void add(Tx tx, Person person) {
        tx.dsl().executeInsert(toRecord(person));
        insertUserNames(tx, person);
        tx.audit("CREATE", "person", person.id(), null, person);
    }

    public void update(Tx tx, Person person) {
        Person before = find(tx, person.id()).orElseThrow();
        tx.dsl().executeUpdate(toRecord(person));
        tx.dsl()
                .deleteFrom(PERSON_USER_NAME)
                .where(PERSON_USER_NAME.PERSON_ID.eq(person.id().value()))
                .execute();
        insertUserNames(tx, person);
        tx.audit("UPDATE", "person", person.id(), before, person);
    }

    public Optional<Person> find(Tx tx, PersonId id) {
        return tx.dsl()
                .selectFrom(PERSON)
                .where(PERSON.ID.eq(id.value()))
                .fetchOptional()
                .map(r -> toModel(r, userNames(tx).getOrDefault(r.getId(), List.of())));
    }

    public List<Person> findAll(Tx tx) {
        Map<UUID, List<UserName>> names = userNames(tx);
        return tx.dsl()
                .selectFrom(PERSON)
                .orderBy(PERSON.NAME)
                .fetch(r -> toModel(r, names.getOrDefault(r.getId(), List.of())));
    }

    private static void insertUserNames(Tx tx, Person person) {
        for (UserName name : person.userNames()) {
            tx.dsl().executeInsert(new PersonUserNameRecord(person.id().value(), name.system(), name.userName()));
        }
    }

    private static Map<UUID, List<UserName>> userNames(Tx tx) {
        return tx
                .dsl()
                .selectFrom(PERSON_USER_NAME)
                .orderBy(PERSON_USER_NAME.SYSTEM, PERSON_USER_NAME.USER_NAME)
                .stream()
                .collect(Collectors.groupingBy(
                        PersonUserNameRecord::getPersonId,
                        Collectors.mapping(r -> new UserName(r.getSystem(), r.getUserName()), Collectors.toList())));
    }

    private static PersonRecord toRecord(Person p) {
        return new PersonRecord(
                p.id().value(),
                p.name(),
                p.kind().name(),
                Columns.id(p.organisation()),
                p.jobTitle(),
                p.status().name(),
                p.lastDay(),
                p.departedOn(),
                p.workEmail(),
                p.personalContact(),
                p.notes());
    }

    private static Person toModel(PersonRecord r, List<UserName> userNames) {
        return new Person(
                new PersonId(r.getId()),
                r.getName(),
                Columns.enumOf(PersonKind.class, r.getKind()),
                Columns.organisationId(r.getOrganisationId()),
                r.getJobTitle(),
                Columns.enumOf(PersonStatus.class, r.getStatus()),
                r.getLastDay(),
                r.getDepartedOn(),
                r.getWorkEmail(),
                r.getPersonalContact(),
                userNames,
                r.getNotes());
    }
}
