package org.custodian.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code import inventory} as a user meets it, on a real encrypted inventory, with the sample data. */
class ImportInventoryCliTest extends CliTestBase {
    private static final String PASSPHRASE = "correct horse battery staple";
    private static final Path SAMPLE = Path.of("sample-data");

    private Path folder;

    {
        environment.put("CUSTODIAN_PASSPHRASE", PASSPHRASE);
    }

    /** Each run's output alone, for the assertions that follow it. */
    @Override
    int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return super.run(args);
    }

    @BeforeEach
    void emptyInventory() {
        folder = temp.resolve("hartwell");
        assertEquals(0, run("init", "-i", folder.toString(), "--name", "Hartwell Moor"));
    }

    private String importing(Path source, String... more) {
        String[] args = Stream.concat(
                        Stream.of("import", "inventory", source.toString(), "-i", folder.toString()), Stream.of(more))
                .toArray(String[]::new);
        int exit = run(args);
        assertEquals(0, exit, out + "\n" + err);
        return out.toString();
    }

    private Path copyOfSample() throws IOException {
        Path copy = temp.resolve("csv");
        Files.createDirectories(copy);
        try (Stream<Path> csv = Files.list(SAMPLE)) {
            for (Path file : csv.filter(f -> f.toString().endsWith(".csv")).toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        return copy;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void previewThenApplyThenEverythingIsUnchanged() {
        String preview = importing(SAMPLE);
        assertTrue(preview.contains("people.csv: 15 to add, 0 to change, 0 unchanged, 0 not in the file"), preview);
        assertTrue(preview.contains("assets.csv: 68 to add"), preview);
        assertTrue(preview.contains("custody.csv: 154 to add"), preview);
        assertTrue(preview.contains("rotations.csv: 39 to add"), preview);
        assertTrue(preview.contains("Nothing written yet"), preview);
        assertEquals(0, run("list", "people", "-i", folder.toString()));
        assertEquals("", out.toString().strip(), "the preview wrote nothing");

        String applied = importing(SAMPLE, "--apply");
        assertTrue(applied.contains("Written in one transaction."), applied);
        assertTrue(applied.contains("The inventory as it was before is backup inventory-"), applied);
        assertEquals(0, run("list", "people", "-i", folder.toString()));
        assertTrue(out.toString().contains("Kevin Dale"), out.toString());

        String again = importing(SAMPLE);
        assertTrue(again.contains("people.csv: 0 to add, 0 to change, 15 unchanged, 0 not in the file"), again);
        assertTrue(again.contains("custody.csv: 0 to add, 0 to change, 154 unchanged"), again);
        assertTrue(again.contains("grants.csv: 0 to add, 0 to change, 68 unchanged"), again);
        assertTrue(again.contains("Nothing to change"), again);

        assertEquals(0, run("check", "-i", folder.toString()), out + "\n" + err);
    }

    @Test
    void anEditedCopyShowsExactlyTheChangeOldToNew() throws IOException {
        importing(SAMPLE, "--apply");
        Path copy = copyOfSample();
        replace(
                copy.resolve("people.csv"),
                "Kevin Dale,EXTERNAL_PROVIDER,Fellside IT Services Ltd,Senior Technician,",
                "Kevin Dale,EXTERNAL_PROVIDER,Fellside IT Services Ltd,Lead Technician,");
        Files.writeString(
                copy.resolve("people.csv"),
                "Zoe New,EMPLOYEE,,Apprentice,ACTIVE,,,zoe.new@hartwellmoor.example,,,\r\n",
                java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(
                copy.resolve("custody.csv"),
                "Office Wi-Fi key (HM-Office),Zoe New,,HOLDS,2026-11-28,,,,\r\n",
                java.nio.file.StandardOpenOption.APPEND);
        String text = Files.readString(copy.resolve("memberships.csv"));
        Files.writeString(copy.resolve("memberships.csv"), text.substring(0, text.indexOf("\r\n") + 2));

        String preview = importing(copy);
        assertTrue(preview.contains("people.csv: 1 to add, 1 to change, 14 unchanged, 0 not in the file"), preview);
        assertTrue(preview.contains("  + Zoe New"), preview);
        assertTrue(
                preview.contains("  ~ Kevin Dale\n      job_title: \"Senior Technician\" → \"Lead Technician\""),
                preview);
        assertTrue(preview.contains("custody.csv: 1 to add, 0 to change, 154 unchanged"), preview);
        assertTrue(preview.contains("  + Zoe New HOLDS Office Wi-Fi key (HM-Office) from 2026-11-28"), preview);
        assertTrue(
                preview.contains("memberships.csv: 0 to add, 0 to change, 0 unchanged, 21 not in the file"), preview);
        assertTrue(preview.contains("= not in the file (kept): "), preview);

        importing(copy, "--apply");
        assertEquals(0, run("report", "exposure", "-i", folder.toString(), "--person", "Zoe New"));
        assertTrue(out.toString().contains("Office Wi-Fi key (HM-Office)"), out.toString());
        assertTrue(importing(copy).contains("Nothing to change"));
        assertTrue(importing(SAMPLE).contains("~ Kevin Dale"), "the original file now reads as a change back");
        assertEquals(0, run("check", "-i", folder.toString()), out + "\n" + err);
    }

    @Test
    void anUnknownHolderIsNamedByFileRowAndColumnWithASuggestionAndNothingIsWritten() throws IOException {
        Path copy = copyOfSample();
        replace(copy.resolve("custody.csv"), "Marco Rossi,,BACKUP,2022-05-10", "Marco Rosi,,BACKUP,2022-05-10");

        assertEquals(ExitCode.ERROR, run("import", "inventory", copy.toString(), "-i", folder.toString(), "--apply"));
        assertTrue(
                out.toString()
                        .contains("custody.csv row 3, column holder_person: \"Marco Rosi\" is not a name in"
                                + " people.csv; did you mean \"Marco Rossi\"?"),
                out.toString());
        assertFalse(out.toString().contains("Custody must name"), "no repeat of the same problem: " + out);
        assertTrue(err.toString().contains("Nothing was written"), err.toString());
        assertEquals(0, run("list", "people", "-i", folder.toString()));
        assertEquals("", out.toString().strip(), "nothing was written");

        assertEquals(
                ExitCode.ERROR,
                run("import", "inventory", copy.toString(), "-i", folder.toString(), "--format", "json"));
        assertTrue(
                out.toString().contains("\"problems\" : [ \"custody.csv row 3, column holder_person"), out.toString());
    }

    @Test
    void endingOnlyHistoryMayChangeAndAZipWorksLikeAFolder() throws IOException {
        importing(SAMPLE, "--apply");
        Path copy = copyOfSample();
        replace(
                copy.resolve("custody.csv"),
                "Marco Rossi,,BACKUP,2022-05-10,,,,",
                "Marco Rossi,,BACKUP,2022-05-10,2026-11-29,REVOKED,,no longer needed");
        Path zip = temp.resolve("set.zip");
        try (OutputStream file = Files.newOutputStream(zip);
                ZipOutputStream packed = new ZipOutputStream(file);
                Stream<Path> csv = Files.list(copy)) {
            for (Path f : csv.toList()) {
                packed.putNextEntry(new ZipEntry("export/" + f.getFileName()));
                packed.write(Files.readAllBytes(f));
                packed.closeEntry();
            }
        }
        assertEquals(ExitCode.ERROR, run("import", "inventory", zip.toString(), "-i", folder.toString()));
        assertTrue(
                out.toString().contains("column note: \"\" → \"no longer needed\" cannot be imported"), out.toString());

        replace(copy.resolve("custody.csv"), "REVOKED,,no longer needed", "REVOKED,,");
        String preview = importing(copy, "--apply");
        assertTrue(preview.contains("until: \"\" → \"2026-11-29\""), preview);
        assertTrue(preview.contains("end_reason: \"\" → \"REVOKED\""), preview);
        assertTrue(importing(copy).contains("Nothing to change"));
    }

    @Test
    void aZipThatIsNotACsvSetEndsQuicklyAndWritesNothing() throws IOException {
        Path zip = temp.resolve("many.zip");
        try (ZipOutputStream packed = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (int i = 0; i < 1001; i++) {
                packed.putNextEntry(new ZipEntry("f" + i + ".csv"));
                packed.closeEntry();
            }
        }
        assertEquals(ExitCode.ERROR, run("import", "inventory", zip.toString(), "-i", folder.toString(), "--apply"));
        assertTrue(
                out.toString().contains("cannot be read as a zip of the CSV files: it has more than 1000 entries"),
                out.toString());
        Path text = Files.writeString(temp.resolve("people.txt"), "name\r\n");
        assertEquals(ExitCode.ERROR, run("import", "inventory", text.toString(), "-i", folder.toString()));
        assertTrue(out.toString().contains("is neither a folder nor a .zip"), out.toString());
    }

    @Test
    void hygieneAnswersAsThingsStoodOnTheDateGiven() {
        importing(SAMPLE, "--apply");
        assertEquals(0, run("report", "hygiene", "-i", folder.toString(), "--as-of", "2026-11-27", "--format", "json"));
        String then = out.toString();
        assertEquals(0, run("report", "hygiene", "-i", folder.toString(), "--as-of", "2020-01-01", "--format", "json"));
        String longBefore = out.toString();
        assertNotEquals(then, longBefore);
        assertTrue(then.contains("\"EXPIRY_DUE\""), "the VPN certificate expires on 2026-12-20: " + then);
        assertTrue(then.contains("\"ROTATION_OVERDUE\""), then);
        assertFalse(longBefore.contains("\"EXPIRY_DUE\""), longBefore);
        assertFalse(longBefore.contains("\"ROTATION_OVERDUE\""), longBefore);
        assertEquals(0, run("report", "hygiene", "-i", folder.toString(), "--as-of", "2028-01-01"));
        assertTrue(out.toString().contains("Expired ("), "by 2028 the certificate has expired: " + out);
    }
}
