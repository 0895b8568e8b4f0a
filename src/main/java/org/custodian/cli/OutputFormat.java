package org.custodian.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintWriter;

/** Text for people, JSON (schema in README, "JSON output") for scripts, xlsx for management (needs --out). */
enum OutputFormat {
    TEXT,
    JSON,
    XLSX;

    /** Built on first JSON output only: Jackson's start-up is a third of a second a text command need not pay. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** Commands without a workbook refuse xlsx rather than print text where a file was expected. */
    static void refuseXlsx(OutputFormat format, String command) {
        if (format == XLSX) {
            throw new CommandFailure(command + " has no Excel form; use text or json.", ExitCode.USAGE);
        }
    }

    static void writeJson(PrintWriter out, Object value) {
        try {
            out.println(Json.MAPPER.writeValueAsString(value));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
    }
}
