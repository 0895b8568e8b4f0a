package org.custodian.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.custodian.export.SignOffLayout;

/**
 * Builds hostile sign-off workbooks at test time, written part by part with java.util.zip so a file that
 * unpacks to a hundred megabytes costs a megabyte on disk and never sits in memory: the About sheet of a
 * real export (so the reader gets past the format check) and a Plan sheet whose rows a test streams in.
 */
public final class HostileWorkbooks {
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

    /** Writes the rows below the header of the Plan sheet; the first data row is {@code firstRow} (one-based). */
    public interface Rows {
        void write(Writer out, int firstRow) throws IOException;
    }

    private HostileWorkbooks() {}

    /**
     * A zip bomb as found by the outside test: one sheet of repeated long rows with just enough noise that
     * it inflates about 1:87, inside POI's default limit of 1:100, so only Custodian's own limits stop it.
     */
    public static Path zipBomb(Path file, long unpackedBytes) throws IOException {
        Random noise = new Random(87);
        String filler = "A".repeat(1200);
        return write(file, UUID.randomUUID(), UUID.randomUUID(), (out, first) -> {
            long written = 0;
            for (int r = first; written < unpackedBytes; r++) {
                String row = "<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>" + filler
                        + String.format("%08x", noise.nextInt()) + "</t></is></c></row>";
                out.write(row);
                written += row.length();
            }
        });
    }

    /** A sheet of {@code count} one-cell rows, each a task id that is not one: every row is a problem. */
    public static Path manyRows(Path file, int count) throws IOException {
        return write(file, UUID.randomUUID(), UUID.randomUUID(), (out, first) -> {
            for (int r = first; r < first + count; r++) {
                out.write("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + r + "</v></c></row>");
            }
        });
    }

    /**
     * A workbook whose [Content_Types].xml, the part POI parses into a DOM as it opens the file, is padded
     * with {@code bytes} of varied declarations (varied so the ratio stays ordinary).
     */
    public static Path bloatedContentTypes(Path file, long bytes) throws IOException {
        Random noise = new Random(7);
        StringBuilder padding = new StringBuilder();
        while (padding.length() < bytes) {
            padding.append("<Default Extension=\"")
                    .append(Integer.toString(noise.nextInt(1 << 30), 36))
                    .append("\" ContentType=\"a/b\"/>");
        }
        return write(file, UUID.randomUUID(), UUID.randomUUID(), padding.toString(), (out, first) -> {});
    }

    public static Path write(Path file, UUID inventory, UUID departure, Rows rows) throws IOException {
        return write(file, inventory, departure, "", rows);
    }

    private static Path write(Path file, UUID inventory, UUID departure, String contentTypes, Rows rows)
            throws IOException {
        try (OutputStream stream = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(stream);
                Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8)) {
            part(
                    zip,
                    out,
                    "[Content_Types].xml",
                    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                            + ".spreadsheetml.sheet.main+xml\"/>"
                            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"" + WORKSHEET + "\"/>"
                            + "<Override PartName=\"/xl/worksheets/sheet2.xml\" ContentType=\"" + WORKSHEET + "\"/>"
                            + contentTypes + "</Types>");
            part(
                    zip,
                    out,
                    "_rels/.rels",
                    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS
                            + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                            + "</Relationships>");
            part(
                    zip,
                    out,
                    "xl/workbook.xml",
                    "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\"><sheets>"
                            + "<sheet name=\"Plan\" sheetId=\"1\" r:id=\"rId1\"/>"
                            + "<sheet name=\"" + SignOffLayout.ABOUT_SHEET
                            + "\" sheetId=\"2\" state=\"veryHidden\" r:id=\"rId2\"/>"
                            + "</sheets></workbook>");
            part(
                    zip,
                    out,
                    "xl/_rels/workbook.xml.rels",
                    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS
                            + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                            + "<Relationship Id=\"rId2\" Type=\"" + RELATIONSHIPS
                            + "/worksheet\" Target=\"worksheets/sheet2.xml\"/>"
                            + "</Relationships>");
            part(
                    zip,
                    out,
                    "xl/worksheets/sheet2.xml",
                    sheet(
                            row(1, SignOffLayout.KEY_FORMAT, SignOffLayout.FORMAT)
                                    + row(2, SignOffLayout.KEY_INVENTORY, inventory.toString())
                                    + row(3, SignOffLayout.KEY_DEPARTURE, departure.toString()),
                            ""));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            String[] header = sheet(
                            row(1, "Plan")
                                    + row(
                                            2,
                                            SignOffLayout.TASK_ID,
                                            SignOffLayout.STATUS,
                                            SignOffLayout.DONE_BY,
                                            SignOffLayout.DONE_ON,
                                            SignOffLayout.EVIDENCE),
                            "|")
                    .split("\\|");
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + header[0]);
            rows.write(out, 3);
            out.write(header[1]);
            out.flush();
            zip.closeEntry();
        }
        return file;
    }

    private static void part(ZipOutputStream zip, Writer out, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + xml);
        out.flush();
        zip.closeEntry();
    }

    private static String sheet(String rows, String hole) {
        return "<worksheet xmlns=\"" + MAIN + "\"><sheetData>" + rows + hole + "</sheetData></worksheet>";
    }

    private static String row(int number, String... texts) {
        StringBuilder row = new StringBuilder("<row r=\"" + number + "\">");
        for (int i = 0; i < texts.length; i++) {
            row.append("<c r=\"")
                    .append((char) ('A' + i))
                    .append(number)
                    .append("\" t=\"inlineStr\"><is><t>")
                    .append(texts[i])
                    .append("</t></is></c>");
        }
        return row.append("</row>").toString();
    }
}
