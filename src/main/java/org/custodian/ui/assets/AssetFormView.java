package org.custodian.ui.assets;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.custodian.model.AssetKind;
import org.custodian.model.AssetSubtype;
import org.custodian.model.Criticality;
import org.custodian.ui.FieldErrors;
import org.custodian.ui.Forms;
import org.custodian.ui.LabelledCell;

/** "Add asset": common fields, then the fields of the chosen kind, each with its rule's message under it. */
final class AssetFormView {
    private final AssetFormModel model;
    private final GridPane kindFields = grid();

    AssetFormView(AssetFormModel model) {
        this.model = model;
    }

    Parent build() {
        FieldErrors errors = model.state().errors();
        ComboBox<AssetKind> kind = LabelledCell.combo("asset-kind", AssetKind.values());
        kind.valueProperty().bindBidirectional(model.kind());
        kind.disableProperty().bind(model.state().editing());
        ComboBox<AssetSubtype> subtype = LabelledCell.combo("asset-subtype");
        subtype.setItems(model.subtypes());
        subtype.valueProperty().bindBidirectional(model.subtype());
        ComboBox<Criticality> criticality = LabelledCell.combo("asset-criticality", Criticality.values());
        criticality.valueProperty().bindBidirectional(model.criticality());
        GridPane grid = grid();
        Forms.row(grid, "Name", Forms.withError(errors, "name", Forms.text("asset-name-field", model.name())));
        Forms.row(grid, "Kind", kind);
        Forms.row(grid, "Subtype", Forms.withError(errors, "subtype", subtype));
        Forms.row(grid, "Criticality", Forms.withError(errors, "criticality", criticality));
        Forms.row(grid, "System / location", Forms.text("asset-system", model.system()));
        Forms.row(
                grid,
                "Rotate every (days)",
                Forms.withError(
                        errors, "rotationIntervalDays", Forms.text("asset-interval", model.rotationInterval())));
        Forms.row(grid, "Value kept in", Forms.text("asset-value-location", model.valueLocation()));
        Forms.row(
                grid,
                "Recovery email",
                Forms.withError(errors, "recoveryEmail", Forms.text("asset-recovery-email", model.recoveryEmail())));
        model.kind().addListener((obs, old, now) -> showKindFields(now));
        showKindFields(model.kind().get());
        Button save = new Button("Save asset");
        save.setId("save-asset");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> model.save());
        Button cancel = new Button("Cancel");
        cancel.setOnAction(e -> model.cancel());
        Label title = new Label();
        title.setId("asset-form-title");
        title.textProperty().bind(model.state().title());
        title.getStyleClass().add("title-3");
        VBox box =
                new VBox(10, title, grid, kindFields, Forms.error(model.state().error()), new HBox(8, save, cancel));
        box.setId("asset-form");
        box.setPadding(new Insets(12));
        return box;
    }

    private void showKindFields(AssetKind kind) {
        kindFields.getChildren().clear();
        if (kind == null) {
            return;
        }
        FieldErrors errors = model.state().errors();
        KindFields fields = model.kindFields();
        switch (kind) {
            case PRIVILEGED_ACCOUNT:
                CheckBox personal = new CheckBox("Personal account (disabling it ends exposure)");
                personal.setId("asset-personal");
                personal.selectedProperty().bindBidirectional(fields.personalAccount());
                Forms.row(kindFields, "Account", personal);
                break;
            case HOSTING_LOGIN:
            case PURCHASING_AUTHORITY:
                if (kind == AssetKind.PURCHASING_AUTHORITY) {
                    Forms.row(
                            kindFields,
                            "Reference (e.g. Visa ending 4417)",
                            Forms.text("asset-reference", fields.reference()));
                }
                Forms.row(kindFields, "Renewal date", date("asset-renewal", fields.renewalDate()));
                Forms.row(kindFields, "Expiry date", date("asset-expiry", fields.expiryDate()));
                break;
            case PHYSICAL_KEY:
                Forms.row(kindFields, "Key number", Forms.text("asset-key-number", fields.keyNumber()));
                Forms.row(kindFields, "Opens", Forms.text("asset-opens", fields.opens()));
                Forms.row(
                        kindFields,
                        "Copies issued",
                        Forms.withError(errors, "copiesIssued", Forms.text("asset-copies", fields.copiesIssued())));
                break;
            case ALARM_CODE:
                Forms.row(kindFields, "Alarm panel", Forms.text("asset-reference", fields.reference()));
                break;
            case NETWORK_ALLOWANCE:
                Forms.row(kindFields, "Allowed address", Forms.text("asset-reference", fields.reference()));
                break;
            case PHONE_SYSTEM:
                Forms.row(kindFields, "Reference", Forms.text("asset-reference", fields.reference()));
                break;
            default:
                break;
        }
    }

    private static Node date(String id, javafx.beans.property.ObjectProperty<java.time.LocalDate> value) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.valueProperty().bindBidirectional(value);
        return picker;
    }

    private static GridPane grid() {
        return Forms.grid();
    }
}
