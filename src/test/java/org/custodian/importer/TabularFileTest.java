package org.custodian.importer;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.custodian.model.ValidationException;
import org.custodian.model.Violation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's own file read as a table: encodings, separators, quoting, and files that are not lists at all. */
class TabularFileTest {
    @TempDir
    Path temp;

    private Table read(String name, byte[] content) throws IOException {
        return TabularFile.read(Files.write(temp.resolve(name), content), "People");
    }

    private String refusal(String name, byte[] content) {
        ValidationException e = assertThrows(ValidationException.class, () -> read(name, content));
        return e.violations().get(0).message();
    }

    @Test
    void windows1252IsToldFromUtf8ByWhetherTheBytesAreValidUtf8() {
        String text = "name;notes\r\nJérôme Müller;café\r\n";
        assertEquals(text, TabularFile.decode(text.getBytes(Charset.forName("windows-1252"))));
        assertEquals(text, TabularFile.decode(text.getBytes(StandardCharsets.UTF_8)));
        byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
        assertEquals(text, TabularFile.decode(utf16), "Excel's \"Unicode text\" is UTF-16 with a byte-order mark");
    }

    @Test
    void theSeparatorIsTheOneTheHeaderLineUsesOutsideQuotes() throws IOException {
        assertEquals(';', TabularFile.separator("\"Name, full\";Email;Title\nA,B;C;D"));
        assertEquals('\t', TabularFile.separator("Name\tEmail\tTitle, short\n"));
        assertEquals(',', TabularFile.separator("Name\n"));
        Table tabs = read("users.txt", "Name\tTitle\nAnn Lee\t\"Clerk, senior\"\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("Name", "Title"), tabs.header());
        assertEquals(List.of("Ann Lee", "Clerk, senior"), tabs.rows().get(0).cells());
    }

    @Test
    void rowsAreNumberedAsASpreadsheetShowsThemAndBlankOnesAreSkipped() throws IOException {
        Table table = read(
                "users.csv", "Name,Notes\n\"Ann Lee\",\"two\nlines\"\n,\nBob Ray,\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(2, table.rows().size());
        assertEquals(2, table.rows().get(0).number());
        assertEquals("two\nlines", table.rows().get(0).cells().get(1));
        assertEquals(4, table.rows().get(1).number(), "the blank row 3 still counts");
    }

    @Test
    void anUnclosedQuoteIsRefusedNamingWhereReadingStopped() {
        String message =
                refusal("users.csv", "Name,Notes\nAnn,ok\nBob,\"never closed\n".getBytes(StandardCharsets.UTF_8));
        assertTrue(message.startsWith("users.csv: it cannot be read as CSV after row 2: a quoted field"), message);
    }

    @Test
    void filesThatAreNotListsAreRefusedWithWhatToDo() throws IOException {
        assertTrue(refusal("old.xls", new byte[] {1, 2}).contains("save it as .xlsx or as CSV"));
        assertTrue(refusal("empty.csv", new byte[0]).contains("the file is empty"));
        assertTrue(refusal("fake.xlsx", "not a zip".getBytes(StandardCharsets.UTF_8))
                .contains("is not an Excel workbook (.xlsx) Custodian can read"));
        ValidationException missing =
                assertThrows(ValidationException.class, () -> TabularFile.read(temp.resolve("nope.csv"), "People"));
        assertTrue(missing.violations().get(0).message().contains("there is no file"));
    }

    @Test
    @Tag("slow") // builds hostile big files
    void aZipBombAndASheetPastTheRowCapEndWithinTheLimits() throws IOException {
        Path bomb = HostileWorkbooks.zipBomb(temp.resolve("bomb.xlsx"), 200L * 1024 * 1024);
        ValidationException e = assertThrows(ValidationException.class, () -> TabularFile.read(bomb, "People"));
        assertTrue(
                e.violations().get(0).message().contains("zip bomb"),
                e.violations().toString());
        Path tall = HostileWorkbooks.manyRows(temp.resolve("tall.xlsx"), WorkbookLimits.MAX_ROWS + 10);
        e = assertThrows(ValidationException.class, () -> TabularFile.read(tall, "People"));
        assertTrue(
                e.violations().get(0).message().contains("more than 100,000 rows"),
                e.violations().toString());
    }

    @Test
    void headersMatchWithoutCaseSpacesOrPunctuationAndAMapWins() {
        Table table = new Table(
                "users.csv",
                List.of("E-Mail", "Given Name", "SURNAME", "Manager", "Title"),
                List.of(new Table.Row(2, List.of("a@b.example", "Ann", "Lee", "Bob", "Clerk"))));
        List<Violation> problems = new ArrayList<>();
        ColumnMapping mapping =
                ColumnMapping.of(table, RecordShape.PEOPLE, List.of("Title=notes", "manager="), problems);
        assertEquals(List.of(), problems);
        assertEquals(
                List.of("E-Mail → work_email", "Given Name → first_name", "SURNAME → last_name", "Title → notes"),
                mapping.matched());
        assertEquals(List.of(), mapping.unused(), "\"manager=\" leaves the column out on purpose");
    }
}
