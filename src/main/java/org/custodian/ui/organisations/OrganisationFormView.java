package org.custodian.ui.organisations;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.custodian.model.OrganisationKind;
import org.custodian.ui.FieldErrors;
import org.custodian.ui.Forms;
import org.custodian.ui.LabelledCell;

/** "Add organisation" / "Edit organisation": each field with its rule's message under it. */
final class OrganisationFormView {
    private final OrganisationFormModel model;

    OrganisationFormView(OrganisationFormModel model) {
        this.model = model;
    }

    Parent build() {
        FieldErrors errors = model.state().errors();
        ComboBox<OrganisationKind> kind = LabelledCell.combo("organisation-kind", OrganisationKind.values());
        kind.valueProperty().bindBidirectional(model.kind());
        GridPane grid = Forms.grid();
        Forms.row(grid, "Name", Forms.withError(errors, "name", Forms.text("organisation-name-field", model.name())));
        Forms.row(grid, "Kind", Forms.withError(errors, "kind", kind));
        javafx.scene.control.TextField contact = Forms.text("organisation-contact", model.contact());
        contact.setPromptText("Their desk's phone, e-mail");
        Forms.row(grid, "Contact", contact);
        Forms.row(grid, "Notes", Forms.area("organisation-notes-field", model.notes()));
        Button save = new Button("Save organisation");
        save.setId("save-organisation");
        save.setDefaultButton(true);
        save.getStyleClass().add("accent");
        save.setOnAction(e -> model.save());
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> model.cancel());
        Label title = new Label();
        title.setId("organisation-form-title");
        title.textProperty().bind(model.state().title());
        title.getStyleClass().add("title-3");
        VBox box = new VBox(10, title, grid, Forms.error(model.state().error()), new HBox(8, save, cancel));
        box.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setId("organisation-form");
        scroll.setFitToWidth(true);
        return scroll;
    }
}
