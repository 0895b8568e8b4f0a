package org.custodian.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Saving one Excel report: ask where, write it in the background ("Exporting…"), then say where it went and
 * offer to open it or show its folder. Failures read as {@link Wording#failure}.
 */
public final class ExportModel {
    public final BooleanProperty busy = new SimpleBooleanProperty(false);
    public final StringProperty message = new SimpleStringProperty("");
    public final StringProperty error = new SimpleStringProperty("");
    /** The file the last export wrote; null until one succeeds. */
    public final ObjectProperty<Path> saved = new SimpleObjectProperty<>();

    private final TaskRunner tasks;
    private final FilePicker files;

    public ExportModel(TaskRunner tasks, FilePicker files) {
        this.tasks = tasks;
        this.files = files;
    }

    /** Asks where to save {@code what}, then runs {@code write} with that path off the FX thread. */
    public void export(String what, String suggestedName, Consumer<Path> write) {
        if (busy.get()) {
            return;
        }
        files.saveWorkbook("Save " + what + " as Excel", safe(suggestedName)).ifPresent(path -> {
            busy.set(true);
            error.set("");
            saved.set(null);
            message.set("Exporting " + what + "…");
            tasks.run(() -> {
                write.accept(path);
                return path;
            }, done -> {
                busy.set(false);
                saved.set(done);
                message.set("Saved " + what + " to " + done.getFileName() + ".");
            }, failure -> {
                busy.set(false);
                message.set("");
                error.set(Wording.failure(failure));
            });
        });
    }

    public void openFile() {
        if (saved.get() != null) {
            files.openFile(saved.get());
        }
    }

    public void showInFolder() {
        if (saved.get() != null) {
            files.showInFolder(saved.get());
        }
    }

    /** A file name without characters the file systems refuse, and without spaces. */
    static String safe(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|\\s]+", "-").replaceAll("-{2,}", "-");
    }
}
