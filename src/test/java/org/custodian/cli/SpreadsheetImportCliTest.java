package org.custodian.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code import people | organisations | assets} as a user meets them: their own files (a Snipe-IT-like user
 * export, a semicolon-separated Windows-1252 HR list, a UTF-8 file with a byte-order mark) imported into the
 * real encrypted demo inventory, preview first.
 */
class SpreadsheetImportCliTest extends CliTestBase {
    private static final String PASSPHRASE = "open the demo";
    /** A user list as Snipe-IT exports it: its own headers, some of which Custodian has no field for. */
    static final String SNIPE_IT_USERS = "id,first_name,last_name,username,email,employee_num,jobtitle,company,"
            + "department,manager,location\r\n"
            + "14,Kevin,Dale,kdale,kevin.dale@fellside-it.example.com,,Lead Technician,Fellside IT Services Ltd,"
            + "IT,,Kendal\r\n"
            + "31,Zoe,Newman,znewman,zoe.newman@hartwellmoor.example,1044,Apprentice Engineer,,Engineering,"
            + "Marco Rossi,Kendal\r\n"
            + "32,Omar,Haddad,ohaddad,omar.haddad@cumbria-cad.example.com,,CAD Contractor,Cumbria CAD Services,"
            + "Engineering,Marco Rossi,Remote\r\n";

    private Path folder;

    {
        environment.put("CUSTODIAN_PASSPHRASE", PASSPHRASE);
    }

    @Override
    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return super.run(args);
    }

    @BeforeEach
    void demoInventory() {
        folder = temp.resolve("hartwell");
        assertEquals(0, run("demo", "-i", folder.toString()), err.toString());
    }

    private String importing(String records, Path source, String... more) {
        int exit = run(args(records, source, more));
        assertEquals(0, exit, out + "\n" + err);
        return out.toString();
    }

    private String[] args(String records, Path source, String... more) {
        return Stream.concat(Stream.of("import", records, source.toString(), "-i", folder.toString()), Stream.of(more))
                .toArray(String[]::new);
    }

    private Path file(String name, byte[] content) throws IOException {
        Path file = temp.resolve(name);
        Files.write(file, content);
        return file;
    }

    private String person(String name) {
        assertEquals(0, run("list", "people", "-i", folder.toString(), "--format", "json"), err.toString());
        return out.toString();
    }

    @Test
    void aSnipeItUserExportIsPreviewedThenApplied() throws IOException {
        Path users = file("users.csv", SNIPE_IT_USERS.getBytes(StandardCharsets.UTF_8));

        String preview = importing("people", users);
        assertTrue(preview.startsWith("Import of people from users.csv (preview)"), preview);
        assertTrue(
                preview.contains("Columns: first_name → first_name, last_name → last_name, company → organisation, "
                        + "jobtitle → job_title, email → work_email, username → user_name"),
                preview);
        assertTrue(
                preview.contains("Not imported (no matching field; use --map \"Header=field\" to import one): "
                        + "id, employee_num, department, manager, location"),
                preview);
        assertTrue(
                preview.contains("organisations: 1 to add, 0 to change, 1 unchanged\n  + Cumbria CAD Services"),
                preview);
        assertTrue(preview.contains("people: 2 to add, 1 to change, 0 unchanged, 14 not in the file"), preview);
        assertTrue(preview.contains("  + Zoe Newman\n  + Omar Haddad"), preview);
        assertTrue(
                preview.contains("  ~ Kevin Dale\n      job_title: \"Senior Technician\" → \"Lead Technician\"\n"
                        + "      user_names: \""),
                preview);
        assertTrue(
                preview.contains("→ \"Directory=kdale; Domain=kdale-adm; Fellside RMM=kdale;"),
                "the user name is added, none lost: " + preview);
        assertTrue(preview.contains("Nothing written yet"), preview);
        assertFalse(person("Zoe Newman").contains("Zoe Newman"), "a preview writes nothing");

        String applied = importing("people", users, "--apply");
        assertTrue(applied.contains("Written in one transaction. The inventory as it was before is backup "), applied);
        String people = person("Zoe Newman");
        assertTrue(people.contains("Zoe Newman") && people.contains("Omar Haddad"), people);

        String again = importing("people", users);
        assertTrue(again.contains("people: 0 to add, 0 to change, 3 unchanged, 14 not in the file"), again);
        assertTrue(again.contains("Nothing to change"), again);
        assertEquals(0, run("check", "-i", folder.toString()), out + "\n" + err);
    }
}
