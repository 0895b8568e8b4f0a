package org.custodian.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.custodian.model.CustodianException;
import org.custodian.service.InventoryFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** The command-line front end: parses, runs one command, and turns every failure into a message and an exit code. */
public final class Cli {
    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);
    private final InventoryFiles files;
    private final Terminal terminal;

    Cli(InventoryFiles files, Terminal terminal) {
        this.files = files;
        this.terminal = terminal;
    }

    /** Before a jar's first command: why its end will wait a few seconds (the startup archive is recorded once). */
    public static void noteFirstRun() {
        System.err.println("(First run of this Custodian: it records its start-up as it exits, a few seconds"
                + " once, so later commands start faster.)");
    }

    public static Cli forConsole(InventoryFiles files) {
        return new Cli(
                files,
                new Terminal(
                        new PrintWriter(System.out, true),
                        new PrintWriter(System.err, true),
                        System.getenv(),
                        Terminal.console()));
    }

    public int run(String... args) {
        CommandLine line = new CommandLine(new RootCommand());
        Map<String, Supplier<Object>> commands = commands();
        Supplier<Object> named = args.length > 0 ? commands.get(args[0]) : null;
        if (named != null) {
            // Only the command asked for: picocli reads every command's annotations when it is added, which a
            // cold JVM pays for in tenths of a second. Help and mistakes see them all, with their suggestions.
            line.addSubcommand(args[0], named.get());
        } else {
            commands.forEach((name, command) -> line.addSubcommand(name, command.get()));
        }
        line.setCaseInsensitiveEnumValuesAllowed(true);
        // Plain help: the guarded writers would show picocli's colour codes as escapes, not as colour.
        line.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        line.setOut(terminal.out());
        line.setErr(terminal.err());
        line.setExecutionExceptionHandler((failure, command, parsed) -> report(failure));
        int code = line.execute(args);
        terminal.out().flush();
        terminal.err().flush();
        return code;
    }

    /** Every command by name, in the order help lists them; each built only when asked for. */
    private Map<String, Supplier<Object>> commands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("init", () -> new InitCommand(files, terminal));
        commands.put("demo", () -> new DemoCommand(files, terminal));
        commands.put("check", () -> new CheckCommand(files, terminal));
        commands.put("restore", () -> new RestoreCommand(files, terminal));
        commands.put("change-passphrase", () -> new ChangePassphraseCommand(files, terminal));
        commands.put("list", () -> new ListCommand(files, terminal));
        commands.put(
                "report",
                () -> new CommandLine(new ReportCommands.Report())
                        .addSubcommand(new ReportCommands.ExposureReport(files, terminal))
                        .addSubcommand(new ReportCommands.WhoCanTouch(files, terminal))
                        .addSubcommand(new ReportCommands.HygieneReport(files, terminal))
                        .addSubcommand(new ExportCommands.KeyRegister(files, terminal)));
        commands.put(
                "export",
                () -> new CommandLine(new ExportCommands.Export())
                        .addSubcommand(new ExportCommands.InventoryExport(files, terminal)));
        commands.put(
                "import",
                () -> new CommandLine(new ExportCommands.Import())
                        .addSubcommand(new ExportCommands.SignOff(files, terminal))
                        .addSubcommand(new ImportInventoryCommand(files, terminal))
                        .addSubcommand(new ImportSpreadsheetCommand.People(files, terminal))
                        .addSubcommand(new ImportSpreadsheetCommand.Organisations(files, terminal))
                        .addSubcommand(new ImportSpreadsheetCommand.Assets(files, terminal))
                        .addSubcommand(new ImportVaultCommands.KeePass(files, terminal))
                        .addSubcommand(new ImportVaultCommands.KeePassXcCsv(files, terminal))
                        .addSubcommand(new ImportVaultCommands.Bitwarden(files, terminal)));
        commands.put("template", () -> new TemplateCommand(terminal));
        commands.put(
                "plan",
                () -> new CommandLine(new PlanCommand()).addSubcommand(new PlanDepartureCommand(files, terminal)));
        return commands;
    }

    private int report(Exception failure) {
        PrintWriter err = terminal.err();
        LOG.debug("Command failed: {}", causes(failure));
        if (failure instanceof CustodianException known) {
            err.println(known.getMessage());
            err.println(known.nextStep());
            return ExitCode.of(known);
        }
        if (failure instanceof CommandFailure command) {
            err.println(command.getMessage());
            return command.exitCode();
        }
        if (failure instanceof CommandLine.ParameterException usage) {
            err.println(usage.getMessage());
            return ExitCode.USAGE;
        }
        LOG.error("Unexpected failure: {}", failure.getClass().getName());
        err.println("Custodian failed unexpectedly (" + failure.getClass().getSimpleName()
                + "). Nothing was half-saved: each change is saved whole or not at all.");
        return ExitCode.ERROR;
    }

    /**
     * The chain of exception kinds, for a developer who turns on debug logging; class names only,
     * because library messages can quote file or inventory contents.
     */
    private static String causes(Throwable failure) {
        StringBuilder chain = new StringBuilder(failure.getClass().getName());
        Throwable cause = failure.getCause();
        for (int depth = 0; cause != null && depth < 8; depth++, cause = cause.getCause()) {
            chain.append(" <- ").append(cause.getClass().getName());
        }
        return chain.toString();
    }
}
