package org.custodian.ui.people;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.custodian.ui.Forms;

/** The selected person: memberships, custody, "Could touch" grouped by level with each path, and a what-if plan. */
final class PersonDetailView {
    private final PersonDetailModel model;
    private final Consumer<String> startDeparture;
    private final Runnable edit;

    PersonDetailView(PersonDetailModel model, Consumer<String> startDeparture, Runnable edit) {
        this.model = model;
        this.startDeparture = startDeparture;
        this.edit = edit;
    }

    Parent build() {
        Label name = new Label();
        name.setId("person-name");
        name.getStyleClass().add("title-3");
        name.textProperty().bind(model.name());
        Label summary = new Label();
        summary.setId("person-summary");
        summary.textProperty().bind(model.summary());
        Label facts = new Label();
        facts.setId("person-facts");
        facts.setWrapText(true);
        facts.textProperty().bind(model.facts());
        facts.managedProperty().bind(model.facts().isNotEmpty());
        Button whatIf = new Button("What if this person leaves?");
        whatIf.setId("what-if");
        whatIf.setTooltip(new Tooltip("Show the departure plan as it would be today; nothing is saved"));
        whatIf.setOnAction(e -> model.whatIf());
        Button start = new Button("Start departure");
        start.setId("start-departure");
        start.getStyleClass().add("accent");
        start.setOnAction(e -> startDeparture.accept(model.personName()));
        Button editButton = new Button("Edit");
        editButton.setId("edit-person");
        editButton.setTooltip(new Tooltip("Change this person's details, or mark them as leaving or departed"));
        editButton.setOnAction(e -> edit.run());
        ListView<String> plan = list("what-if-plan", model.whatIfPlan(), 200);
        plan.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.whatIfPlan()));
        plan.managedProperty().bind(plan.visibleProperty());
        VBox box = new VBox(
                8,
                name,
                summary,
                facts,
                Forms.error(model.error()),
                new HBox(8, editButton, whatIf, start),
                plan,
                heading("Could touch"),
                org.custodian.ui.ReachTree.of("could-touch", model.couldTouch()),
                heading("Memberships"),
                list("person-memberships", model.memberships(), 90),
                heading("Custody (current and ended)"),
                list("person-custody", model.custody(), 150));
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

    private static ListView<String> list(String id, javafx.collections.ObservableList<String> items, double height) {
        ListView<String> list = new ListView<>(items);
        list.setId(id);
        list.setPrefHeight(height);
        return list;
    }
}
