package org.custodian.cli;

import java.util.Comparator;
import java.util.List;
import org.custodian.model.InventorySnapshot;
import org.custodian.model.NameIndex;
import org.custodian.model.NaturalOrder;
import org.custodian.service.InventoryFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "List people or assets, one per line, tab-separated (for scripts), or as JSON.")
final class ListCommand implements Runnable {
    enum What {
        PEOPLE,
        ASSETS
    }

    private final InventoryFiles files;
    private final Terminal terminal;

    @Parameters(paramLabel = "WHAT", description = "people or assets")
    What what;

    @Mixin
    InventoryOption inventory;

    @Mixin
    PassphraseOptions passphrase;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json.")
    OutputFormat format;

    @Spec
    CommandSpec spec;

    ListCommand(InventoryFiles files, Terminal terminal) {
        this.files = files;
        this.terminal = terminal;
    }

    record PersonRow(
            String name,
            String kind,
            String status,
            String organisation,
            java.time.LocalDate lastDay,
            java.time.LocalDate departedOn) {}

    record AssetRow(String name, String kind, String subtype, String criticality, String system, String owner) {}

    @Override
    public void run() {
        List<?> rows = InventorySession.with(files, inventory, passphrase, terminal, spec, opened -> {
            InventorySnapshot s = opened.snapshot();
            NameIndex names = NameIndex.of(s);
            return what == What.PEOPLE
                    ? s.people().stream()
                            .map(p -> new PersonRow(
                                    p.name(),
                                    p.kind().name(),
                                    p.status().name(),
                                    names.name(p.organisation()),
                                    p.lastDay(),
                                    p.departedOn()))
                            .sorted(Comparator.comparing(PersonRow::name, NaturalOrder.NAMES))
                            .toList()
                    : s.assets().stream()
                            .map(a -> new AssetRow(
                                    a.name(),
                                    a.kind().name(),
                                    a.subtype().name(),
                                    a.criticality().name(),
                                    a.system(),
                                    names.name(a.owner())))
                            .sorted(Comparator.comparing(AssetRow::name, NaturalOrder.NAMES))
                            .toList();
        });
        OutputFormat.refuseXlsx(format, "list");
        if (format == OutputFormat.JSON) {
            OutputFormat.writeJson(terminal.out(), rows);
            return;
        }
        for (Object row : rows) {
            terminal.out()
                    .println(
                            row instanceof PersonRow p
                                    ? String.join(
                                            "\t",
                                            p.name(),
                                            p.kind(),
                                            p.status(),
                                            text(p.organisation()),
                                            text(p.lastDay()),
                                            text(p.departedOn()))
                                    : tabbed((AssetRow) row));
        }
    }

    private static String tabbed(AssetRow a) {
        return String.join("\t", a.name(), a.kind(), a.subtype(), a.criticality(), text(a.system()), text(a.owner()));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
