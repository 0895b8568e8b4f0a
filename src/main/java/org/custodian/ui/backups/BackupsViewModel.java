package org.custodian.ui.backups;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.custodian.model.BackupStatus;
import org.custodian.service.BackupService;
import org.custodian.service.Inventory;
import org.custodian.ui.FilePicker;
import org.custodian.ui.TaskRunner;
import org.custodian.ui.Wording;

/**
 * The inventory's backups: listed at once from their headers, then each verified in the background
 * (opened read-only, like the inventory itself). One can be restored into a new folder, and the restored
 * inventory opened in place of this one.
 */
public final class BackupsViewModel {
    public record BackupRow(String taken, String size, String changes, String verified, String detail,
                            BackupStatus status) {
        static BackupRow of(BackupStatus status) {
            String verified = switch (status.check()) {
                case NOT_CHECKED -> "Checking…";
                case VERIFIED -> "✓ Verified";
                case FAILED -> "✗ Failed";
            };
            return new BackupRow(status.when(), status.size(), status.changes() == BackupStatus.UNKNOWN ? "?"
                    : String.valueOf(status.changes()), verified, status.problem() != null ? status.problem()
                    : status.file().getFileName().toString(), status);
        }
    }

    public final ObservableList<BackupRow> backups = FXCollections.observableArrayList();
    public final ObjectProperty<BackupRow> selected = new SimpleObjectProperty<>();
    public final StringProperty summary = new SimpleStringProperty("");
    public final BooleanProperty busy = new SimpleBooleanProperty(false);
    public final StringProperty message = new SimpleStringProperty("");
    public final StringProperty error = new SimpleStringProperty("");
    /** The folder of the last restore; once set, the screen offers to open it. */
    public final ObjectProperty<Path> restored = new SimpleObjectProperty<>();

    private final Inventory inventory;
    private final TaskRunner tasks;
    private final FilePicker files;
    private final Consumer<Path> openInstead;
    /** A list or check answering an older refresh is dropped, so rows never go back to "Checking…". */
    private int generation;

    /** {@code openInstead} locks this inventory and offers the restored one to open (with the same passphrase). */
    public BackupsViewModel(Inventory inventory, TaskRunner tasks, FilePicker files, Consumer<Path> openInstead) {
        this.inventory = inventory;
        this.tasks = tasks;
        this.files = files;
        this.openInstead = openInstead;
    }

    public void refresh() {
        int asked = ++generation;
        error.set("");
        tasks.run(() -> inventory.backups().list(), listed -> {
            if (asked != generation) {
                return;
            }
            show(listed);
            summary.set(listed.isEmpty() ? "No backups yet: one is written when the inventory is closed after changes."
                    : "Checking " + listed.size() + " backups…");
            if (!listed.isEmpty()) {
                tasks.run(() -> inventory.backups().check(), checked -> {
                    if (asked == generation) {
                        show(checked);
                        summary.set(BackupStatus.summary(checked));
                    }
                }, this::failed);
            }
        }, this::failed);
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
        files.chooseFolder("Restore the backup from " + backup.when() + " into a new or empty folder").ifPresent(chosen -> {
            busy.set(true);
            error.set("");
            restored.set(null);
            message.set("Restoring the backup from " + backup.when() + "…");
            tasks.run(() -> {
                Path target = BackupService.targetIn(chosen, backup);
                inventory.backups().restore(backup.file().toString(), target);
                return target;
            }, target -> {
                busy.set(false);
                restored.set(target);
                message.set("Restored the backup from " + backup.when() + " into " + target + ". It opens with this "
                        + "inventory's passphrase; this inventory was not changed.");
            }, failure -> {
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
        backups.stream().filter(r -> r.status().name().equals(chosen)).findFirst().ifPresent(selected::set);
    }

    private void failed(RuntimeException failure) {
        summary.set("");
        error.set(Wording.failure(failure));
    }
}
