package org.custodian.ui.departures;

import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The sign-off panel: hidden until a workbook is chosen, then what it would change, with Apply and Cancel. */
final class SignOffView {
    private final SignOffModel model;

    SignOffView(SignOffModel model) {
        this.model = model;
    }

    Parent build() {
        Label message = new Label();
        message.setId("signoff-message");
        message.setWrapText(true);
        message.textProperty().bind(model.message());
        ListView<String> lines = new ListView<>(model.lines());
        lines.setId("signoff-changes");
        lines.setPrefHeight(120);
        lines.visibleProperty().bind(Bindings.isNotEmpty(model.lines()));
        lines.managedProperty().bind(lines.visibleProperty());
        Button apply = new Button("Apply");
        apply.setId("signoff-apply");
        apply.getStyleClass().add("accent");
        apply.disableProperty().bind(model.ready().not());
        apply.setOnAction(e -> model.apply());
        Button cancel = new Button("Cancel");
        cancel.setId("signoff-cancel");
        cancel.setOnAction(e -> model.cancel());
        HBox buttons = new HBox(8, apply, cancel);
        buttons.visibleProperty().bind(Bindings.isNotEmpty(model.lines()));
        buttons.managedProperty().bind(buttons.visibleProperty());
        VBox box = new VBox(6, message, lines, buttons);
        box.setId("signoff-panel");
        box.visibleProperty().bind(model.message().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }
}
