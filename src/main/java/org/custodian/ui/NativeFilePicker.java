package org.custodian.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs ({@link FileChooser}) and the system's opener (the application's HostServices). */
public final class NativeFilePicker implements FilePicker {
    private static final FileChooser.ExtensionFilter EXCEL =
            new FileChooser.ExtensionFilter("Excel workbook (*.xlsx)", "*.xlsx");
    private final Supplier<Window> owner;
    private final Consumer<String> showDocument;
    private Path lastFolder;

    /** {@code showDocument} is HostServices::showDocument, or null where there is none (nothing opens). */
    public NativeFilePicker(Supplier<Window> owner, Consumer<String> showDocument) {
        this.owner = owner;
        this.showDocument = showDocument;
    }

    @Override
    public Optional<Path> saveWorkbook(String title, String suggestedName) {
        FileChooser chooser = chooser(title);
        chooser.setInitialFileName(suggestedName);
        java.io.File file = chooser.showSaveDialog(owner.get());
        if (file == null) {
            return Optional.empty();
        }
        Path path = file.toPath();
        if (!path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            path = path.resolveSibling(path.getFileName() + ".xlsx");
        }
        remember(path);
        return Optional.of(path);
    }

    @Override
    public Optional<Path> openWorkbook(String title) {
        java.io.File file = chooser(title).showOpenDialog(owner.get());
        if (file == null) {
            return Optional.empty();
        }
        remember(file.toPath());
        return Optional.of(file.toPath());
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        if (lastFolder != null && lastFolder.toFile().isDirectory()) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        java.io.File folder = chooser.showDialog(owner.get());
        return Optional.ofNullable(folder).map(java.io.File::toPath);
    }

    @Override
    public void openFile(Path file) {
        if (showDocument != null) {
            showDocument.accept(file.toUri().toString());
        }
    }

    @Override
    public void showInFolder(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (showDocument != null && folder != null) {
            showDocument.accept(folder.toUri().toString());
        }
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(EXCEL);
        if (lastFolder != null && lastFolder.toFile().isDirectory()) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        return chooser;
    }

    private void remember(Path file) {
        lastFolder = file.toAbsolutePath().getParent();
    }
}
