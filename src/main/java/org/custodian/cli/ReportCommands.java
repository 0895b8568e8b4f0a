package org.custodian.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.custodian.analysis.AssetExposure;
import org.custodian.analysis.Exposure;
import org.custodian.analysis.HygieneFinding;
import org.custodian.analysis.OrganisationExposure;
import org.custodian.analysis.Reach;
import org.custodian.model.NameIndex;
import org.custodian.model.OrganisationId;
import org.custodian.model.PersonId;
import org.custodian.service.Inventory;
import org.custodian.service.InventoryFiles;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code report exposure | who-can-touch | hygiene}, as text, JSON or an Excel workbook. */
final class ReportCommands {
    private ReportCommands() {}

    @Command(name = "report", mixinStandardHelpOptions = true, description = "Answer a question about the inventory.")
    static final class Report implements Runnable {
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(spec.commandLine().getErr());
        }
    }

    static final class Subject {
        @Option(names = "--person", paramLabel = "NAME", required = true)
        String person;

        @Option(names = "--organisation", paramLabel = "NAME", required = true)
        String organisation;
    }

    @Command(
            name = "exposure",
            mixinStandardHelpOptions = true,
            description =
                    "Everything a person (or an organisation's people) could touch, with the path that explains each.")
    static final class ExposureReport implements Runnable {
        private final InventoryFiles files;
        private final Terminal terminal;

        @Mixin
        InventoryOption inventory;

        @Mixin
        PassphraseOptions passphrase;

        @Mixin
        ReportOptions options;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Subject subject;

        @Spec
        CommandSpec spec;

        ExposureReport(InventoryFiles files, Terminal terminal) {
            this.files = files;
            this.terminal = terminal;
        }

        /** The names typed are resolved to ids once, here; the services below take only ids. */
        @Override
        public void run() {
            boolean workbook = Workbooks.wanted(options.format, options.out);
            InventorySession.with(files, inventory, passphrase, terminal, spec, opened -> {
                if (subject.person != null) {
                    person(opened, opened.people().personNamed(subject.person).id(), workbook);
                } else {
                    organisation(
                            opened,
                            opened.people()
                                    .organisationNamed(subject.organisation)
                                    .id(),
                            workbook);
                }
                return null;
            });
            if (workbook) {
                Workbooks.written(terminal.err(), options.out);
            }
        }

        private void person(Inventory opened, PersonId person, boolean workbook) {
            if (workbook) {
                opened.reports().exposure(person, options.query(), options.out);
            } else {
                print(opened.exposure().exposureOf(person, options.query()));
            }
        }

        private void organisation(Inventory opened, OrganisationId organisation, boolean workbook) {
            if (workbook) {
                opened.reports().exposure(organisation, options.query(), options.out);
            } else {
                print(opened.exposure().exposureOf(organisation, options.query()));
            }
        }

        private void print(Exposure exposure) {
            String title = "Everything " + exposure.person().name() + " could touch";
            List<ReportJson.ReachRow> rows = exposure.reaches().stream()
                    .map(r -> ReportJson.row(r, List.of()))
                    .toList();
            TextReports.reaches(terminal.out(), options.format, title, exposure.asOf(), rows, true);
        }

        private void print(OrganisationExposure exposure) {
            String title = "Everything " + exposure.organisation().name() + " could touch, through its people";
            List<ReportJson.ReachRow> rows =
                    exposure.reaches().stream().map(ReportJson::row).toList();
            TextReports.reaches(terminal.out(), options.format, title, exposure.asOf(), rows, true);
        }
    }

    @Command(
            name = "who-can-touch",
            mixinStandardHelpOptions = true,
            description = "Every person who could touch an asset, with the path that explains each.")
    static final class WhoCanTouch implements Runnable {
        private final InventoryFiles files;
        private final Terminal terminal;

        @Mixin
        InventoryOption inventory;

        @Mixin
        PassphraseOptions passphrase;

        @Mixin
        ReportOptions options;

        @Option(names = "--asset", paramLabel = "NAME", required = true)
        String asset;

        @Spec
        CommandSpec spec;

        WhoCanTouch(InventoryFiles files, Terminal terminal) {
            this.files = files;
            this.terminal = terminal;
        }

        @Override
        public void run() {
            if (Workbooks.wanted(options.format, options.out)) {
                InventorySession.with(files, inventory, passphrase, terminal, spec, opened -> {
                    opened.reports()
                            .whoCanTouch(opened.assets().assetNamed(asset).id(), options.query(), options.out);
                    return null;
                });
                Workbooks.written(terminal.err(), options.out);
                return;
            }
            AssetExposure exposure = InventorySession.with(
                    files,
                    inventory,
                    passphrase,
                    terminal,
                    spec,
                    opened -> opened.exposure()
                            .whoCanTouch(opened.assets().assetNamed(asset).id(), options.query()));
            List<ReportJson.ReachRow> rows = exposure.reaches().stream()
                    .map((Reach r) -> ReportJson.row(r, List.of()))
                    .toList();
            TextReports.reaches(
                    terminal.out(),
                    options.format,
                    "Who can touch " + exposure.asset().name(),
                    exposure.asOf(),
                    rows,
                    false);
        }
    }

    @Command(
            name = "hygiene",
            mixinStandardHelpOptions = true,
            description =
                    "What needs attention: single holders, overdue rotations, departed people who still know, ...")
    static final class HygieneReport implements Runnable {
        private final InventoryFiles files;
        private final Terminal terminal;

        @Mixin
        InventoryOption inventory;

        @Mixin
        PassphraseOptions passphrase;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text, json or xlsx.")
        OutputFormat format;

        @Option(names = "--out", paramLabel = "FILE", description = "Where to write the .xlsx workbook.")
        Path out;

        @Option(names = "--as-of", paramLabel = "DATE", description = "Answer as things stood on DATE (yyyy-mm-dd).")
        LocalDate asOf;

        @Option(
                names = "--renewal-window",
                paramLabel = "DAYS",
                defaultValue = "60",
                description = "Show renewals and expiries up to DAYS ahead (default 60).")
        int renewalWindow;

        @Spec
        CommandSpec spec;

        HygieneReport(InventoryFiles files, Terminal terminal) {
            this.files = files;
            this.terminal = terminal;
        }

        private int window() {
            if (renewalWindow < 0 || renewalWindow > 3660) {
                throw new CommandFailure("--renewal-window must be a number of days from 0 to 3660.", ExitCode.USAGE);
            }
            return renewalWindow;
        }

        @Override
        public void run() {
            int window = window();
            if (Workbooks.wanted(format, out)) {
                InventorySession.with(files, inventory, passphrase, terminal, spec, opened -> {
                    opened.reports().hygiene(out, asOf, window);
                    return null;
                });
                Workbooks.written(terminal.err(), out);
                return;
            }
            List<ReportJson.FindingRow> rows =
                    InventorySession.with(files, inventory, passphrase, terminal, spec, opened -> {
                        NameIndex names = opened.names();
                        return opened.exposure().hygiene(asOf, window).stream()
                                .map((HygieneFinding f) -> ReportJson.finding(f, names))
                                .toList();
                    });
            if (format == OutputFormat.JSON) {
                OutputFormat.writeJson(terminal.out(), rows);
                return;
            }
            PrintWriter out = terminal.out();
            Map<String, List<ReportJson.FindingRow>> byType = rows.stream()
                    .collect(Collectors.groupingBy(ReportJson.FindingRow::type, TreeMap::new, Collectors.toList()));
            out.println("Hygiene: " + TextReports.count(rows.size(), "finding", "findings"));
            byType.forEach((type, findings) -> {
                out.println();
                out.println(
                        org.custodian.analysis.HygieneFindingType.valueOf(type).label() + " (" + findings.size() + ")");
                findings.forEach(f -> out.println("  - " + f.message()));
            });
        }
    }
}
