package org.custodian.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

@Command(
        name = "custodian",
        mixinStandardHelpOptions = true,
        versionProvider = RootCommand.Version.class,
        description = {
            "Keeps an encrypted inventory of who can reach what, and what to do when they leave.",
            "Without a command, java -jar custodian.jar opens the desktop app."
        },
        footer = {
            "",
            "The passphrase comes from $CUSTODIAN_PASSPHRASE, --passphrase-file FILE, or a prompt; "
                    + "never from an argument.",
            "Exit codes: 0 ok, 1 error, 2 usage (or no inventory at the path), 3 wrong passphrase, 4 damaged inventory, 5 already open."
        })
final class RootCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Option(
            names = "--jvm-flags",
            hidden = true,
            description = "Print whether this JVM refuses attach and heap dumps (a support diagnostic).")
    boolean jvmFlags;

    @Override
    public void run() {
        if (jvmFlags) {
            JvmFlags.describe().forEach(spec.commandLine().getOut()::println);
            return;
        }
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = RootCommand.class.getPackage().getImplementationVersion();
            return new String[] {"Custodian " + (version == null ? "(development build)" : version)};
        }
    }
}
