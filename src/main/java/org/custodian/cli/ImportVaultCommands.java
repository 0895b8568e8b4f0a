package org.custodian.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.custodian.importer.vault.VaultFile;
import org.custodian.importer.vault.VaultFormat;
import org.custodian.model.BackupStatus;
import org.custodian.model.ValidationException;
import org.custodian.model.Violation;
import org.custodian.service.InventoryFiles;
import org.custodian.service.InventoryImportPreview;
import org.custodian.service.VaultImportPreview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import keepass | keepassxc-csv | bitwarden FILE}: a password vault's entries as assets, metadata
 * only, preview first, written with {@code --apply} in one transaction, as {@code import inventory}.
 */
final class ImportVaultCommands {
    private ImportVaultCommands() {}

    static final String NOTES_WARNING = "Warning: --include-notes copies each entry's notes into the inventory."
            + " Notes often hold secrets (recovery codes, PINs, licence keys): read them in the preview, and"
            + " remove any such note from the vault or the asset.";

    /** The JSON form (stable: fields are added, never renamed). */
    record Json(
            String vault,
            boolean applied,
            int entriesRead,
            int fieldsDropped,
            int skipped,
            boolean notesIncluded,
            List<InventoryImportPreview.Section> sections,
            List<String> disappeared,
            List<String> problems,
            String backupBefore) {}

    record Outcome(VaultImportPreview preview, List<Violation> refused, String backupBefore) {
        List<Violation> problems() {
            List<Violation> all = new ArrayList<>(refused);
            if (preview != null) {
                all.addAll(preview.changes().problems());
            }
            return all;
        }
    }

    /** What the three commands share; each names its format and whether it needs a passphrase. */
    abstract static class VaultCommand implements Runnable {
        private final InventoryFiles files;
        final Terminal terminal;

        @Mixin
        InventoryOption inventory;

        @Mixin
        PassphraseOptions passphrase;

        @Parameters(paramLabel = "FILE", description = "The vault file to read.")
        Path file;

        @Option(names = "--apply", description = "Write the changes shown (in one transaction).")
        boolean apply;

        @Option(
                names = "--include-notes",
                description = "Also copy entries' notes (off by default: notes often hold secrets).")
        boolean includeNotes;

        @Option(
                names = "--format",
                paramLabel = "FORMAT",
                defaultValue = "text",
                description = "text (default) or json.")
        OutputFormat format;

        @Spec
        CommandSpec spec;

        VaultCommand(InventoryFiles files, Terminal terminal) {
            this.files = files;
            this.terminal = terminal;
        }

        abstract VaultFormat vaultFormat();

        /** The KeePass file's passphrase; the exports are not encrypted and return null. */
        char[] vaultPassphrase() {
            return null;
        }

        Path keyFile() {
            return null;
        }

        @Override
        public void run() {
            OutputFormat.refuseXlsx(format, "import " + spec.name());
            files.requireInventory(inventory.folder);
            if (includeNotes) {
                terminal.err().println(NOTES_WARNING);
            }
            char[] secret = vaultPassphrase();
            Outcome outcome;
            try {
                VaultFile vault = new VaultFile(vaultFormat(), file, secret, keyFile(), includeNotes);
                outcome = InventorySession.with(files, inventory, passphrase, terminal, spec, opened -> {
                    String newest = opened.backups()
                            .ofCurrentState()
                            .map(BackupStatus::name)
                            .orElse(null);
                    try {
                        return new Outcome(opened.vaults().previewOrApply(vault, apply), List.of(), newest);
                    } catch (ValidationException e) {
                        return new Outcome(null, e.violations(), newest);
                    }
                });
            } finally {
                if (secret != null) {
                    Arrays.fill(secret, '\0');
                }
            }
            VaultPreviewText.report(terminal, file, apply, format, outcome);
        }
    }

    @Command(
            name = "keepass",
            mixinStandardHelpOptions = true,
            description = {
                "Import a KeePass / KeePassXC .kdbx (KDBX 3.1 or 4) as assets: titles, groups, user names, URLs and",
                "the date each password last changed; never passwords, TOTP, custom fields, attachments or",
                "history. The vault's master password becomes an asset that unlocks every entry. Preview unless",
                "--apply. The vault's passphrase comes from --vault-passphrase-file, $CUSTODIAN_VAULT_PASSPHRASE",
                "or a prompt."
            })
    static final class KeePass extends VaultCommand {
        @Option(names = "--key-file", paramLabel = "FILE", description = "The vault's key file, if it has one.")
        Path keyFile;

        @Mixin
        VaultPassphraseOptions vaultPassphrase;

        KeePass(InventoryFiles files, Terminal terminal) {
            super(files, terminal);
        }

        @Override
        VaultFormat vaultFormat() {
            return VaultFormat.KEEPASS;
        }

        @Override
        char[] vaultPassphrase() {
            return vaultPassphrase.passphrase(terminal, file, keyFile != null, spec.commandLine());
        }

        @Override
        Path keyFile() {
            return keyFile;
        }
    }

    @Command(
            name = "keepassxc-csv",
            mixinStandardHelpOptions = true,
            description = {
                "Import KeePassXC's CSV export as assets (as import keepass; the passwords, notes and TOTP columns",
                "are read past). Entries are matched by group, title and user name, since the export has no ids.",
                "Delete the export afterwards: it holds every password in plain text."
            })
    static final class KeePassXcCsv extends VaultCommand {
        KeePassXcCsv(InventoryFiles files, Terminal terminal) {
            super(files, terminal);
        }

        @Override
        VaultFormat vaultFormat() {
            return VaultFormat.KEEPASSXC_CSV;
        }
    }

    @Command(
            name = "bitwarden",
            mixinStandardHelpOptions = true,
            description = {
                "Import Bitwarden's unencrypted JSON export (personal with folders, or an organisation's with",
                "collections) as assets, as import keepass. Identities and deleted items are skipped. Delete the",
                "export afterwards: it holds every password in plain text."
            })
    static final class Bitwarden extends VaultCommand {
        Bitwarden(InventoryFiles files, Terminal terminal) {
            super(files, terminal);
        }

        @Override
        VaultFormat vaultFormat() {
            return VaultFormat.BITWARDEN;
        }
    }
}
