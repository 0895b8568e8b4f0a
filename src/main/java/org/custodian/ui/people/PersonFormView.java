package org.custodian.ui.people;

import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
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
        ComboBox<String> organisation =
                Forms.choice("person-organisation", organisations, model.organisation(), "No organisation");
        ComboBox<PersonStatus> status = LabelledCell.combo("person-status", PersonStatus.values());
        status.valueProperty().bindBidirectional(model.status());
        DatePicker lastDay = Forms.date("person-last-day", model.lastDay());
        DatePicker departed = Forms.date("person-departed-on", model.departedOn());
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
        TextField personal = Forms.text("person-personal-contact", model.personalContact());
        personal.setPromptText("Private e-mail or phone");
        Forms.row(grid, "Personal contact", personal);
        TextArea userNames = Forms.area("person-user-names", model.userNames());
        userNames.setPromptText("e.g. Domain=mrossi");
        Forms.row(
                grid,
                "User names (system=user, separated by ; or new lines)",
                Forms.withError(errors, "userNames", userNames));
        Forms.row(grid, "Notes", Forms.area("person-notes", model.notes()));
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
        box.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setId("person-form");
        scroll.setFitToWidth(true);
        return scroll;
    }
}
