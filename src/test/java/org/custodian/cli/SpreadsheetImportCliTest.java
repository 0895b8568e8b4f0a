package org.custodian.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code import people | organisations | assets} as a user meets them: their own files (a Snipe-IT-like user
 * export, a semicolon-separated Windows-1252 HR list, a UTF-8 file with a byte-order mark) imported into a
 * real encrypted inventory (the demo where matching existing people matters), preview first.
 */
class SpreadsheetImportCliTest extends CliTestBase {
    private static final String PASSPHRASE = "open the demo";
    /** A user list as Snipe-IT exports it: its own headers, some of which Custodian has no field for. */
    static final String SNIPE_IT_USERS = "id,first_name,last_name,username,email,employee_num,jobtitle,company,"
            + "department,manager,location\r\n"
            + "14,Kevin,Dale,kdale,kevin.dale@fellside-it.example.com,,Lead Technician,Fellside IT Services Ltd,"
            + "IT,,Kendal\r\n"
            + "31,Zoe,Newman,znewman,zoe.newman@hartwellmoor.example,1044,Apprentice Engineer,Hartwell Moor Engineering Ltd,Engineering,"
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

    /** Most tests need only an empty inventory; creating the demo costs seconds each time. */
    @BeforeEach
    void emptyInventory() {
        folder = temp.resolve("hartwell");
        assertEquals(
                0, run("init", "-i", folder.toString(), "--name", "Hartwell Moor Engineering Ltd"), err.toString());
    }

    private void useTheDemo() {
        folder = temp.resolve("demo");
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
        useTheDemo();
        Path users = file("users.csv", SNIPE_IT_USERS.getBytes(StandardCharsets.UTF_8));

        String preview = importing("people", users);
        assertTrue(preview.startsWith("Import of people from users.csv (preview)"), preview);
        assertTrue(
                preview.contains("Columns: first_name → first_name, last_name → last_name, username → user_name, "
                        + "email → work_email, jobtitle → job_title, company → organisation"),
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
        assertNull(stored("Zoe Newman").organisation(), "the inventory's own company is no organisation to link");
        assertNotNull(stored("Omar Haddad").organisation());

        String again = importing("people", users);
        assertTrue(again.contains("people: 0 to add, 0 to change, 3 unchanged, 14 not in the file"), again);
        assertTrue(again.contains("Nothing to change"), again);
        assertEquals(0, run("check", "-i", folder.toString()), out + "\n" + err);
    }

    private org.custodian.model.Person stored(String name) {
        try (org.custodian.service.Inventory opened = files.open(folder, PASSPHRASE.toCharArray())) {
            return opened.snapshot().people().stream()
                    .filter(p -> p.name().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(name + " is not in the inventory"));
        }
    }

    @Test
    void aSemicolonSeparatedWindows1252ListWithItsOwnHeadersAndAQuotedLineBreak() throws IOException {
        String text = "Nom;Prénom;E-mail;Fonction;Remarques\r\n"
                + "Müller;Jérôme;jerome.muller@hartwellmoor.example;Ingénieur;\"Starts in March;\r\nworks from Kendal\"\r\n"
                + "Brontë;Zoë;zoe.bronte@hartwellmoor.example;Comptable;\r\n";
        Path hr = file("personnel.csv", text.getBytes(Charset.forName("windows-1252")));

        String preview = importing(
                "people",
                hr,
                "--map",
                "Nom=last_name",
                "--map",
                "prénom=first_name",
                "--map",
                "Fonction=job_title",
                "--map",
                "Remarques=notes");
        assertTrue(
                preview.contains("Columns: Nom → last_name, Prénom → first_name, E-mail → work_email, "
                        + "Fonction → job_title, Remarques → notes"),
                preview);
        assertFalse(preview.contains("Not imported"), preview);
        assertTrue(preview.contains("people: 2 to add, 0 to change, 0 unchanged"), preview);
        assertTrue(preview.contains("  + Jérôme Müller\n  + Zoë Brontë"), preview);

        importing(
                "people",
                hr,
                "--map",
                "Nom=last_name",
                "--map",
                "Prénom=first_name",
                "--map",
                "Fonction=job_title",
                "--map",
                "Remarques=notes",
                "--apply");
        org.custodian.model.Person jerome = stored("Jérôme Müller");
        assertEquals("Ingénieur", jerome.jobTitle());
        assertEquals("Starts in March;\nworks from Kendal", jerome.notes(), "the quoted line break is kept");
        assertEquals(org.custodian.model.PersonKind.EMPLOYEE, jerome.kind());
        assertEquals(org.custodian.model.PersonStatus.ACTIVE, jerome.status());
    }

    @Test
    void aUtf8FileWithAByteOrderMarkAndItsOwnWordsForKindAndStatus() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = ("Full Name,Work Email,Type,Status,Leaving Date,Login\n"
                        + "Renée Ågren,renee.agren@hartwellmoor.example,Contractor,leaving,2027-01-15,ragren\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(text, 0, content, bom.length, text.length);
        Path list = file("contractors.csv", content);

        String preview = importing("people", list, "--user-system", "Microsoft 365", "--apply");
        assertTrue(preview.contains("Full Name → name"), "the byte-order mark is not part of the header: " + preview);
        org.custodian.model.Person renee = stored("Renée Ågren");
        assertEquals(org.custodian.model.PersonKind.CONTRACTOR, renee.kind());
        assertEquals(org.custodian.model.PersonStatus.LEAVING, renee.status());
        assertEquals(java.time.LocalDate.of(2027, 1, 15), renee.lastDay());
        assertEquals(java.util.List.of(new org.custodian.model.UserName("Microsoft 365", "ragren")), renee.userNames());
    }

    @Test
    void badRowsAreReportedByRowAndColumnAndNothingIsWritten() throws IOException {
        Path list = file(
                "users.csv",
                ("Name,Type,Status,Left\n"
                                + "Ann Lee,Employee,Retired,\n"
                                + "Bob Ray,External provider,Active,\n"
                                + "Cy Dee,Employee,Departed,31/10/2026\n"
                                + "ann lee,Employee,Active,\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals(ExitCode.ERROR, run(args("people", list, "--map", "Left=departed_on", "--apply")));
        String text = out.toString();
        assertTrue(
                text.contains("error: users.csv row 2, column \"Status\": \"Retired\" must be one of "
                        + "[ACTIVE, LEAVING, DEPARTED]."),
                text);
        assertTrue(
                text.contains("error: users.csv row 3, column \"organisation\": An external provider must name "
                        + "their organisation."),
                text);
        assertTrue(text.contains("error: users.csv row 4, column \"Left\": \"31/10/2026\" is not a date"), text);
        assertTrue(text.contains("error: users.csv row 5, column \"Name\": \"ann lee\" is also on row 2"), text);
        assertTrue(err.toString().contains("Nothing was written"), err.toString());
        assertFalse(person("Bob Ray").contains("Bob Ray"), "all or nothing");
    }

    @Test
    void aMapNamingAColumnTheFileLacksSuggestsTheClosest() throws IOException {
        Path list = file("users.csv", "Name,Title\nAnn Lee,Clerk\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(ExitCode.ERROR, run(args("people", list, "--map", "Titel=job_title", "--map", "Title=jobtitel")));
        String text = out.toString();
        assertTrue(
                text.contains("error: --map \"Titel=job_title\": the file has no column \"Titel\"; did you mean "
                        + "\"Title\"? Its columns are: Name, Title."),
                text);
        assertTrue(
                text.contains("error: --map \"Title=jobtitel\": people have no field \"jobtitel\"; did you mean "
                        + "\"job_title\"? The fields are: name, first_name, last_name,"),
                text);
    }
}
