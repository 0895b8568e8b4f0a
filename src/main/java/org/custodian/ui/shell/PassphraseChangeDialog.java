package org.custodian.ui.shell;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** A small window for {@link PassphraseChangeModel}; it stays open to show the outcome. */
final class PassphraseChangeDialog {
    private PassphraseChangeDialog() {}

    static void show(Window owner, PassphraseChangeModel model) {
        PasswordField passphrase = new PasswordField();
        passphrase.setId("new-passphrase");
        passphrase.textProperty().bindBidirectional(model.passphrase().typed());
        PasswordField repeat = new PasswordField();
        repeat.setId("new-passphrase-repeat");
        repeat.textProperty().bindBidirectional(model.passphrase().repeated());
        Label warning = new Label("A lost passphrase cannot be recovered: write the new one down and keep it safe.");
        warning.setWrapText(true);
        Label message = new Label();
        message.setId("passphrase-message");
        message.setWrapText(true);
        message.textProperty().bind(model.message());
        Button change = new Button("Change passphrase");
        change.setId("change-passphrase");
        change.setDefaultButton(true);
        change.disableProperty().bind(model.canChange().not());
        change.setOnAction(e -> model.change());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(16));
        grid.addRow(0, new Label("New passphrase"), passphrase);
        grid.addRow(1, new Label("Repeat"), repeat);
        grid.add(warning, 0, 2, 2, 1);
        grid.add(change, 1, 3);
        grid.add(message, 0, 4, 2, 1);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Change passphrase — Custodian");
        stage.setScene(new javafx.scene.Scene(grid, 460, 260));
        stage.show();
    }
}
