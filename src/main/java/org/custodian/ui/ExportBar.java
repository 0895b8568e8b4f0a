package org.custodian.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;

/** The outcome line of an {@link ExportModel}: a spinner while exporting, then Open file / Show in folder. */
public final class ExportBar {
    private ExportBar() {}

    public static VBox of(String idPrefix, ExportModel model) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId(idPrefix + "-busy");
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(model.busy());
        spinner.managedProperty().bind(model.busy());
        Label message = new Label();
        message.setId(idPrefix + "-message");
        message.textProperty().bind(model.message());
        Button open = new Button("Open file", new FontIcon(MaterialDesignO.OPEN_IN_NEW));
        open.setId(idPrefix + "-open-file");
        open.setOnAction(e -> model.openFile());
        Button folder = new Button("Show in folder", new FontIcon(MaterialDesignF.FOLDER_OPEN));
        folder.setId(idPrefix + "-show-folder");
        folder.setOnAction(e -> model.showInFolder());
        for (Button b : new Button[] {open, folder}) {
            b.visibleProperty().bind(model.saved().isNotNull());
            b.managedProperty().bind(model.saved().isNotNull());
        }
        HBox line = new HBox(8, spinner, message, open, folder);
        line.setAlignment(Pos.CENTER_LEFT);
        Label error = Forms.error(model.error());
        error.setId(idPrefix + "-error");
        return new VBox(4, line, error);
    }
}
