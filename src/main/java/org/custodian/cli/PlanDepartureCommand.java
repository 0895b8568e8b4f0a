package org.custodian.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.custodian.analysis.ContractEnd;
import org.custodian.analysis.DeparturePlan;
import org.custodian.model.Departure;
import org.custodian.model.DepartureMode;
import org.custodian.model.DeparturePhase;
import org.custodian.model.DepartureType;
import org.custodian.model.Leaver;
import org.custodian.model.Organisation;
import org.custodian.model.Person;
import org.custodian.model.PersonKind;
import org.custodian.service.Inventory;
import org.custodian.service.InventoryFiles;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "departure",
        mixinStandardHelpOptions = true,
        description = {
            "The plan for a person or an organisation leaving: what to rotate, revoke, recover or re-key,",
            "upstream first. Without --save nothing is stored (a what-if plan)."
        })
final class PlanDepartureCommand implements Runnable {
    /** The recorded contract end, or today with a warning that says so. */
    private LocalDate contractEnd(Inventory opened, Organisation organisation) {
        Optional<LocalDate> end = ContractEnd.of(opened.snapshot(), organisation.id());
        if (!saved) {
            terminal.err()
                    .println(
                            end.isPresent()
                                    ? "No --last-day given: planned for the end of " + organisation.name()
                                            + "'s contract, " + end.get() + " (the last day of all its people)."
                                    : "No --last-day given and no contract end recorded for " + organisation.name()
                                            + " (not all its people have a last day): planned as if it ends today, "
                                            + opened.today() + ".");
        }
        return end.orElse(opened.today());
    }

    private final InventoryFiles files;
    private final Terminal terminal;

    @Mixin
    InventoryOption inventory;

    @Mixin
    PassphraseOptions passphrase;

    @ArgGroup(exclusive = true, multiplicity = "1")
    ReportCommands.Subject subject;

    @Option(names = "--hostile", description = "Revoke before notifying: cut-off tasks come first.")
    boolean hostile;

    @Option(
            names = "--last-day",
            paramLabel = "DATE",
            description = "Default: the person's recorded last day, else today.")
    LocalDate lastDay;

    @Option(
            names = "--type",
            paramLabel = "TYPE",
            description =
                    "resignation, termination, contract_end or transfer (default: contract_end for external providers, else resignation).")
    DepartureType type;

    @Option(names = "--save", description = "Save the departure and its tasks to track them.")
    boolean save;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description =
                    "text, json or xlsx (with --out; a saved departure's workbook can be signed off and imported).")
    OutputFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the .xlsx workbook.")
    Path out;

    @Option(
            names = "--saved",
            description = "Export the departure already saved for this person or organisation "
                    + "(its tracked tasks and their status), instead of planning anew.")
    boolean saved;

    @Spec
    CommandSpec spec;

    PlanDepartureCommand(InventoryFiles files, Terminal terminal) {
        this.files = files;
        this.terminal = terminal;
    }

    @Override
    public void run() {
        boolean excel = Workbooks.wanted(format, out);
        if (saved && (!excel || save)) {
            throw new CommandFailure(
                    "--saved exports a saved departure: use it with --format xlsx --out FILE, without --save.",
                    ExitCode.USAGE);
        }
        InventorySession.with(files, inventory, passphrase, terminal, spec, opened -> {
            Leaver leaver;
            DepartureType departureType = type;
            LocalDate day = lastDay;
            if (subject.person != null) {
                Person person = opened.people().personNamed(subject.person);
                leaver = person.id();
                departureType = departureType != null
                        ? departureType
                        : person.kind() == PersonKind.EMPLOYEE ? DepartureType.RESIGNATION : DepartureType.CONTRACT_END;
                if (day == null && person.lastDay() == null && !saved) {
                    terminal.err()
                            .println("No --last-day given and no last day recorded for " + person.name()
                                    + ": planned as if they leave today, " + opened.today() + ".");
                }
                day = day != null ? day : person.lastDay() != null ? person.lastDay() : opened.today();
            } else {
                Organisation organisation = opened.people().organisationNamed(subject.organisation);
                leaver = organisation.id();
                departureType = departureType != null ? departureType : DepartureType.CONTRACT_END;
                day = day != null ? day : contractEnd(opened, organisation);
            }
            if (saved) {
                opened.reports().departure(newestSaved(opened, leaver).id(), out);
                Workbooks.written(terminal.err(), out);
                return null;
            }
            DepartureMode mode = hostile ? DepartureMode.HOSTILE : DepartureMode.FRIENDLY;
            DeparturePlan plan = opened.departures().whatIf(leaver, departureType, mode, day);
            Departure stored = null;
            if (save) {
                stored = opened.departures().startDeparture(leaver, departureType, mode, day, null);
                terminal.err()
                        .println("Saved the departure with "
                                + TextReports.count(
                                        opened.departures().tasks(stored.id()).size(), "task", "tasks")
                                + " to track.");
            }
            if (excel) {
                if (stored != null) {
                    opened.reports().departure(stored.id(), out);
                } else {
                    opened.reports().whatIfDeparture(plan, out);
                    terminal.err()
                            .println("A what-if plan has no task ids: save it (--save) to sign it off and import it.");
                }
                Workbooks.written(terminal.err(), out);
            } else {
                print(opened, plan);
            }
            return null;
        });
    }

    private static Departure newestSaved(Inventory opened, Leaver leaver) {
        return opened.departures().departures().stream()
                .filter(d -> d.leaver().equals(leaver))
                .max(java.util.Comparator.comparing(Departure::createdOn).thenComparing(Departure::lastDay))
                .orElseThrow(() -> new CommandFailure(
                        "No departure is saved for them yet; plan one with --save.", ExitCode.ERROR));
    }

    private void print(Inventory opened, DeparturePlan plan) {
        if (format == OutputFormat.JSON) {
            OutputFormat.writeJson(terminal.out(), ReportJson.plan(plan, opened.names()));
            return;
        }
        PrintWriter out = terminal.out();
        out.println("Departure plan for " + plan.leaverName() + " — "
                + plan.type().label().toLowerCase() + ", " + plan.mode().label().toLowerCase() + ", last day "
                + plan.lastDay() + ": " + TextReports.count(plan.tasks().size(), "task", "tasks"));
        DeparturePhase phase = null;
        for (var task : plan.tasks()) {
            if (task.phase() != phase) {
                phase = task.phase();
                out.println();
                out.println(phase.label());
            }
            out.println(
                    String.format("%4d. [%s] %s", task.position(), task.action().label(), task.title()));
            if (task.reason() != null) {
                out.println("        why: " + task.reason());
            }
            if (!task.recipients().isEmpty()) {
                out.println("        new secret to: " + String.join(", ", task.recipients()));
            }
        }
    }
}
