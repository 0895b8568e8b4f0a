package org.custodian.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Saving one Excel report: ask where, write it in the background ("Exporting…"), then say where it went and
 * offer to open it or show its folder. Failures read as {@link Wording#failure}.
 */
public final class ExportModel {
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Path> saved = new ReadOnlyObjectWrapper<>();

    private final Background background;
    private final FilePicker files;

    public ExportModel(TaskRunner tasks, FilePicker files) {
        this.background = new Background(tasks, ExportModel.class);
        this.files = files;
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

    /** The file the last export wrote; null until one succeeds. */
    public ReadOnlyObjectProperty<Path> saved() {
        return saved.getReadOnlyProperty();
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
            // One request at a time (busy refuses a second), so no answer can arrive late.
            background.run(
                    () -> {
                        write.accept(path);
                        return path;
                    },
                    done -> {
                        busy.set(false);
                        saved.set(done);
                        message.set("Saved " + what + " to " + done.getFileName() + ".");
                    },
                    failure -> {
                        busy.set(false);
                        message.set("");
                        error.set(Wording.failure(failure));
                    });
        });
    }

    /** Says why nothing was exported, e.g. that the report needs a choice first. */
    public void refuse(String why) {
        error.set(why);
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
