package org.custodian.ui.organisations;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.custodian.ui.Forms;
import org.custodian.ui.ReachTree;

/** The chosen organisation: kind and contact, notes, its people, and what it could touch through them. */
final class OrganisationDetailView {
    private final OrganisationDetailModel model;
    private final Runnable edit;

    OrganisationDetailView(OrganisationDetailModel model, Runnable edit) {
        this.model = model;
        this.edit = edit;
    }

    Parent build() {
        Label name = new Label();
        name.setId("organisation-name");
        name.getStyleClass().add("title-3");
        name.textProperty().bind(model.name());
        Label summary = new Label();
        summary.setId("organisation-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summary());
        Label notes = new Label();
        notes.setId("organisation-notes");
        notes.setWrapText(true);
        notes.textProperty().bind(model.notes());
        notes.managedProperty().bind(model.notes().isNotEmpty());
        Button editButton = new Button("Edit");
        editButton.setId("edit-organisation");
        editButton.setTooltip(new Tooltip("Change this organisation's name, kind, contact or notes"));
        editButton.setOnAction(e -> edit.run());
        ListView<String> people = new ListView<>(model.people());
        people.setId("organisation-people");
        people.setPrefHeight(120);
        people.setPlaceholder(new Label("No one of this organisation is registered yet."));
        VBox box = new VBox(
                8,
                name,
                summary,
                notes,
                Forms.error(model.error()),
                editButton,
                heading("People"),
                people,
                heading("Could touch, through its people"),
                ReachTree.of("organisation-could-touch", model.couldTouch()));
        box.setPadding(new Insets(12));
        box.visibleProperty().bind(model.present());
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("title-4");
        return label;
    }
}
