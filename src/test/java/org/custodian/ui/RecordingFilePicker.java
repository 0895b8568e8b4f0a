package org.custodian.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Saves into a folder under the suggested name, opens (or chooses as a folder) whatever the test set, and records
 * what it was asked to open.
 */
final class RecordingFilePicker implements FilePicker {
    final Path folder;
    Path toOpen;
    Path folderToChoose;
    final List<String> asked = new ArrayList<>();
    final List<String> foldersAsked = new ArrayList<>();
    final List<Path> opened = new ArrayList<>();
    final List<Path> shownInFolder = new ArrayList<>();

    RecordingFilePicker(Path folder) {
        this.folder = folder;
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<Path> saveWorkbook(String title, String suggestedName) {
        asked.add(suggestedName);
        return Optional.of(folder.resolve(suggestedName));
    }

    @Override
    public Optional<Path> openWorkbook(String title) {
        return Optional.ofNullable(toOpen);
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        foldersAsked.add(title);
        return Optional.ofNullable(folderToChoose);
    }

    @Override
    public void openFile(Path file) {
        opened.add(file);
    }

    @Override
    public void showInFolder(Path file) {
        shownInFolder.add(file);
    }
}
