package org.custodian.ui;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where files come from and go to: the save/open dialogs and opening a finished file. Behind an interface so
 * tests answer with a temporary path and never open a native dialog or another program.
 */
public interface FilePicker {
    /** Asks where to save an Excel workbook; empty when the user cancels. */
    Optional<Path> saveWorkbook(String title, String suggestedName);

    /** Asks for an Excel workbook to read; empty when the user cancels. */
    Optional<Path> openWorkbook(String title);

    /** Asks for a folder (to restore a backup into); empty when the user cancels. */
    Optional<Path> chooseFolder(String title);

    /** Opens the file in the program the system uses for it. */
    void openFile(Path file);

    /** Shows the folder holding the file. */
    void showInFolder(Path file);

    /** Answers every question with "cancelled" and opens nothing: for screens built without a window. */
    static FilePicker none() {
        return new FilePicker() {
            @Override
            public Optional<Path> saveWorkbook(String title, String suggestedName) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> openWorkbook(String title) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseFolder(String title) {
                return Optional.empty();
            }

            @Override
            public void openFile(Path file) {}

            @Override
            public void showInFolder(Path file) {}
        };
    }
}
