package org.custodian.ui.backups;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.custodian.model.BackupStatus;
import org.custodian.service.BackupService;
import org.custodian.service.Inventory;
import org.custodian.ui.Background;
import org.custodian.ui.FilePicker;
import org.custodian.ui.TaskRunner;
import org.custodian.ui.Wording;

/**
 * The inventory's backups: listed at once from their headers, then each verified in the background
 * (opened read-only, like the inventory itself). One can be restored into a new folder, and the restored
 * inventory opened in place of this one.
 */
public final class BackupsViewModel {
    public record BackupRow(
            String taken, String size, String changes, String verified, String detail, BackupStatus status) {
        static BackupRow of(BackupStatus status) {
            String verified = switch (status.check()) {
                case NOT_CHECKED -> "Checking…";
                case VERIFIED -> "✓ Verified";
                case FAILED -> "✗ Failed";
            };
            return new BackupRow(
                    status.when(),
                    status.size(),
                    status.changes() == BackupStatus.UNKNOWN ? "?" : String.valueOf(status.changes()),
                    verified,
                    status.problem() != null
                            ? status.problem()
                            : status.file().getFileName().toString(),
                    status);
        }
    }

    private final ObservableList<BackupRow> backups = FXCollections.observableArrayList();
    private final ObservableList<BackupRow> backupsShown = FXCollections.unmodifiableObservableList(backups);
    private final ReadOnlyObjectWrapper<BackupRow> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> restored = new ReadOnlyObjectWrapper<>();

    private final Inventory inventory;
    private final Background background;
    /** A list or check answering an older refresh is dropped, so rows never go back to "Checking…". */
    private final Background.Latest listing;

    private final FilePicker files;
    private final Consumer<Path> openInstead;

    /** {@code openInstead} locks this inventory and offers the restored one to open (with the same passphrase). */
    public BackupsViewModel(Inventory inventory, TaskRunner tasks, FilePicker files, Consumer<Path> openInstead) {
        this.inventory = inventory;
        this.background = new Background(tasks, BackupsViewModel.class);
        this.listing = background.latest();
        this.files = files;
        this.openInstead = openInstead;
    }

    public ObservableList<BackupRow> backups() {
        return backupsShown;
    }

    public ReadOnlyObjectProperty<BackupRow> selected() {
        return selected.getReadOnlyProperty();
    }

    /** The row the table has selected, or null. */
    public void select(BackupRow row) {
        selected.set(row);
    }

    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    /** The folder of the last restore; once set, the screen offers to open it. */
    public ReadOnlyObjectProperty<Path> restored() {
        return restored.getReadOnlyProperty();
    }

    public void refresh() {
        error.set("");
        listing.run(
                () -> inventory.backups().list(),
                listed -> {
                    show(listed);
                    summary.set(
                            listed.isEmpty()
                                    ? "No backups yet: one is written when the inventory is closed after changes."
                                    : "Checking " + listed.size() + " backups…");
                    if (!listed.isEmpty()) {
                        // The same line: a newer refresh drops this check too.
                        listing.run(
                                () -> inventory.backups().check(),
                                checked -> {
                                    show(checked);
                                    summary.set(BackupStatus.summary(checked));
                                },
                                this::failed);
                    }
                },
                this::failed);
    }

    /** Asks for a folder, restores the chosen backup there (or into a new folder inside it), then offers to open it. */
    public void restoreSelected() {
        BackupRow row = selected.get();
        if (row == null || busy.get()) {
            error.set(row == null ? "Choose a backup first." : "");
            return;
        }
        if (row.status().check() == BackupStatus.Check.FAILED) {
            error.set("This backup does not verify (" + row.status().problem() + "); choose another.");
            return;
        }
        BackupStatus backup = row.status();
        files.chooseFolder("Restore the backup from " + backup.when() + " into a new or empty folder")
                .ifPresent(chosen -> {
                    busy.set(true);
                    error.set("");
                    restored.set(null);
                    message.set("Restoring the backup from " + backup.when() + "…");
                    background.run(
                            () -> {
                                Path target = BackupService.targetIn(chosen, backup);
                                inventory.backups().restore(backup.file().toString(), target);
                                return target;
                            },
                            target -> {
                                busy.set(false);
                                restored.set(target);
                                message.set("Restored the backup from " + backup.when() + " into " + target
                                        + ". It opens with this "
                                        + "inventory's passphrase; this inventory was not changed.");
                            },
                            failure -> {
                                busy.set(false);
                                message.set("");
                                error.set(Wording.failure(failure));
                            });
                });
    }

    public void openRestored() {
        if (restored.get() != null) {
            openInstead.accept(restored.get());
        }
    }

    private void show(List<BackupStatus> statuses) {
        String chosen = selected.get() == null ? null : selected.get().status().name();
        backups.setAll(statuses.stream().map(BackupRow::of).toList());
        backups.stream()
                .filter(r -> r.status().name().equals(chosen))
                .findFirst()
                .ifPresent(selected::set);
    }

    private void failed(RuntimeException failure) {
        summary.set("");
        error.set(Wording.failure(failure));
    }
}
