package org.custodian.ui.start;

import java.io.File;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.custodian.service.InventoryFiles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** The first screen: open, create, or try the demo. */
public final class StartView {
    private final StartViewModel model;

    public StartView(StartViewModel model) {
        this.model = model;
    }

    public Parent build() {
        Label title = new Label("Custodian");
        title.getStyleClass().add("title-1");
        Label subtitle = new Label("Who can reach what in your company, and what to do when they leave.");
        TabPane tabs = new TabPane(
                new Tab("Open", openForm()), new Tab("Create new", createForm()), new Tab("Demo", demoForm()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        if (model.firstLaunch()) {
            tabs.getSelectionModel().select(2);
        }
        tabs.disableProperty().bind(model.busy());
        // A still hourglass, not a spinning indicator: the KDF has both cores' worth of lanes, and an
        // animation redrawn 60 times a second took a quarter of a second from the unlock (measured).
        FontIcon spinner = new FontIcon(MaterialDesignT.TIMER_SAND);
        spinner.visibleProperty().bind(model.busy());
        Label progress = new Label();
        progress.textProperty().bind(model.progress());
        Label error = new Label();
        error.setId("start-error");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        error.textProperty().bind(model.error());
        VBox root = new VBox(12, title, subtitle, tabs, new HBox(8, spinner, progress), error);
        root.setPadding(new Insets(24));
        return root;
    }

    private Node openForm() {
        TextField folder = field("open-folder");
        folder.textProperty().bindBidirectional(model.openFolder());
        PasswordField passphrase = password("open-passphrase");
        passphrase.textProperty().bindBidirectional(model.openPassphrase());
        Button open = button("Open", "open-button", model::open);
        open.setDefaultButton(true);
        open.disableProperty().bind(model.canOpen().not());
        passphrase.setOnAction(e -> {
            if (!open.isDisabled()) model.open();
        });
        GridPane grid = grid();
        grid.addRow(0, new Label("Inventory folder"), new HBox(6, folder, browse(folder)));
        grid.addRow(1, new Label("Passphrase"), passphrase);
        grid.add(open, 1, 2);
        return grid;
    }

    private Node createForm() {
        TextField folder = field("create-folder");
        folder.textProperty().bindBidirectional(model.createFolder());
        TextField name = field("create-name");
        name.setPromptText("Your company's name");
        name.textProperty().bindBidirectional(model.createName());
        PasswordField passphrase = password("create-passphrase");
        passphrase.textProperty().bindBidirectional(model.createPassphrase().typed());
        PasswordField repeat = password("create-repeat");
        repeat.textProperty().bindBidirectional(model.createPassphrase().repeated());
        Label hint = new Label();
        hint.textProperty().bind(model.strengthHint());
        Label warning = new Label("There is no way to recover a lost passphrase: write it down and keep it safe.");
        warning.getStyleClass().add("warning");
        warning.setWrapText(true);
        Button create = button("Create inventory", "create-button", model::create);
        create.disableProperty().bind(model.canCreate().not());
        GridPane grid = grid();
        grid.addRow(0, new Label("Name"), name);
        grid.addRow(1, new Label("Folder"), new HBox(6, folder, browse(folder)));
        grid.addRow(2, new Label("Passphrase"), passphrase);
        grid.addRow(3, new Label("Repeat"), repeat);
        grid.add(hint, 1, 4);
        grid.add(warning, 1, 5);
        grid.add(create, 1, 6);
        return grid;
    }

    private Node demoForm() {
        Label about =
                new Label("A realistic small company with its accounts, keys, codes and cards, and an external IT "
                        + "technician who is leaving. Nothing in it is real.");
        about.setWrapText(true);
        Label passphrase = new Label("Its passphrase is \"" + InventoryFiles.DEMO_PASSPHRASE + "\".");
        Button open = button("Open the demo inventory", "demo-button", model::openDemo);
        VBox box = new VBox(12, about, passphrase, open);
        box.setPadding(new Insets(16));
        return box;
    }

    private static Button browse(TextField target) {
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Choose the inventory folder");
            File current = new File(target.getText()).getParentFile();
            if (current != null && current.isDirectory()) {
                chooser.setInitialDirectory(current);
            }
            File chosen = chooser.showDialog(target.getScene().getWindow());
            if (chosen != null) {
                target.setText(chosen.getAbsolutePath());
            }
        });
        return browse;
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(36);
        return field;
    }

    private static PasswordField password(String id) {
        PasswordField field = new PasswordField();
        field.setId(id);
        return field;
    }

    private static Button button(String text, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(16));
        return grid;
    }
}
