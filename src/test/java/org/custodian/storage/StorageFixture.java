package org.custodian.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.custodian.model.Person;
import org.custodian.model.PersonId;
import org.custodian.model.PersonKind;
import org.custodian.model.PersonStatus;

/** Real encrypted inventories in temp folders, with the cheap KDF so tests stay fast. */
final class StorageFixture {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
    static final KdfPolicy FAST = KdfPolicy.fastForTests();

    private StorageFixture() {}

    static Database create(Path folder, String passphrase) {
        return Database.create(folder, passphrase.toCharArray(), FAST, false, "tester", CLOCK);
    }

    static Database open(Path folder, String passphrase) {
        return Database.open(folder, passphrase.toCharArray(), FAST, "tester", CLOCK);
    }

    static Person person(String name) {
        return new Person(
                PersonId.random(),
                name,
                PersonKind.EMPLOYEE,
                null,
                "Engineer",
                PersonStatus.ACTIVE,
                null,
                null,
                name.toLowerCase().replace(' ', '.') + "@example.com",
                null,
                List.of(),
                null);
    }

    static void addPerson(Database database, Person person) {
        database.write(tx -> {
            new PersonRepository().add(tx, person);
            return null;
        });
    }

    static List<Person> people(Database database) {
        return database.read(tx -> new PersonRepository().findAll(tx));
    }

    /** SHA-256 of every file under the folder, to prove a failure changed nothing. */
    static Map<String, String> fingerprint(Path folder) {
        Map<String, String> result = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (!file.getFileName().toString().equals(".lock")) {
                    result.put(
                            folder.relativize(file).toString(),
                            HexFormat.of()
                                    .formatHex(
                                            MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static LocalDate today() {
        return LocalDate.now(CLOCK);
    }
}
