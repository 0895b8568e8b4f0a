package org.custodian.ui.people;

import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.custodian.model.PersonKind;
import org.custodian.model.PersonStatus;
import org.custodian.ui.FieldErrors;
import org.custodian.ui.Forms;
import org.custodian.ui.LabelledCell;

/** "Add person": each field with its rule's message right under it. */
final class PersonFormView {
    private final PersonFormModel model;
    private final ObservableList<String> organisations;

    PersonFormView(PersonFormModel model, ObservableList<String> organisations) {
        this.model = model;
        this.organisations = organisations;
    }

    Parent build() {
        FieldErrors errors = model.state().errors();
        ComboBox<PersonKind> kind = LabelledCell.combo("person-kind", PersonKind.values());
        kind.valueProperty().bindBidirectional(model.kind());
        ComboBox<String> organisation = new ComboBox<>(organisations);
        organisation.setId("person-organisation");
        organisation.valueProperty().bindBidirectional(model.organisation());
        ComboBox<PersonStatus> status = LabelledCell.combo("person-status", PersonStatus.values());
        status.valueProperty().bindBidirectional(model.status());
        DatePicker lastDay = new DatePicker();
        lastDay.setId("person-last-day");
        lastDay.valueProperty().bindBidirectional(model.lastDay());
        DatePicker departed = new DatePicker();
        departed.setId("person-departed-on");
        departed.valueProperty().bindBidirectional(model.departedOn());
        departed.disableProperty().bind(model.status().isNotEqualTo(PersonStatus.DEPARTED));
        GridPane grid = Forms.grid();
        Forms.row(grid, "Name", Forms.withError(errors, "name", Forms.text("person-name-field", model.name())));
        Forms.row(grid, "Kind", Forms.withError(errors, "kind", kind));
        Forms.row(grid, "Organisation", Forms.withError(errors, "organisation", organisation));
        Forms.row(grid, "Job title", Forms.text("person-job-title", model.jobTitle()));
        Forms.row(grid, "Status", Forms.withError(errors, "status", status));
        Forms.row(grid, "Last day", Forms.withError(errors, "lastDay", lastDay));
        Forms.row(grid, "Departed on", Forms.withError(errors, "departedOn", departed));
        Forms.row(grid, "Work email", Forms.text("person-email", model.workEmail()));
        Forms.row(grid, "Personal contact", Forms.text("person-personal-contact", model.personalContact()));
        Button save = new Button("Save person");
        save.setId("save-person");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.setOnAction(e -> model.save());
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> model.cancel());
        Label title = new Label();
        title.setId("person-form-title");
        title.textProperty().bind(model.state().title());
        title.getStyleClass().add("title-3");
        VBox box = new VBox(10, title, grid, Forms.error(model.state().error()), new HBox(8, save, cancel));
        box.setId("person-form");
        box.setPadding(new Insets(12));
        return box;
    }
}
