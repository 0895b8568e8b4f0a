package org.custodian.ui.assets;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.custodian.model.AssetKind;
import org.custodian.model.AssetSubtype;
import org.custodian.model.Criticality;
import org.custodian.ui.FieldErrors;
import org.custodian.ui.Forms;
import org.custodian.ui.LabelledCell;

/**
 * "Add asset" / "Edit asset": the common fields of assets.csv, then those of the chosen kind, each with its
 * rule's message under it. The form scrolls: with every field it is taller than the window.
 */
final class AssetFormView {
    private final AssetFormModel model;
    private final GridPane kindFields = Forms.grid();

    AssetFormView(AssetFormModel model) {
        this.model = model;
    }

    Parent build() {
        model.kind().addListener((obs, old, now) -> showKindFields(now));
        showKindFields(model.kind().get());
        Button save = new Button("Save asset");
        save.setId("save-asset");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(Bindings.not(model.ready()));
        save.setOnAction(e -> model.save());
        Button cancel = new Button("Cancel");
        cancel.setId("cancel-asset");
        cancel.setOnAction(e -> model.cancel());
        Label title = new Label();
        title.setId("asset-form-title");
        title.textProperty().bind(model.state().title());
        title.getStyleClass().add("title-3");
        VBox box = new VBox(
                10, title, common(), kindFields, Forms.error(model.state().error()), new HBox(8, save, cancel));
        box.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setId("asset-form");
        scroll.setFitToWidth(true);
        return scroll;
    }

    private GridPane common() {
        FieldErrors errors = model.state().errors();
        ComboBox<AssetKind> kind = LabelledCell.combo("asset-kind", AssetKind.values());
        kind.valueProperty().bindBidirectional(model.kind());
        kind.disableProperty().bind(model.state().editing());
        ComboBox<AssetSubtype> subtype = LabelledCell.combo("asset-subtype");
        subtype.setItems(model.subtypes());
        subtype.valueProperty().bindBidirectional(model.subtype());
        ComboBox<Criticality> criticality = LabelledCell.combo("asset-criticality", Criticality.values());
        criticality.valueProperty().bindBidirectional(model.criticality());
        AssetLinks links = model.links();
        GridPane grid = Forms.grid();
        Forms.row(grid, "Name", Forms.withError(errors, "name", Forms.text("asset-name-field", model.name())));
        Forms.row(grid, "Kind", kind);
        Forms.row(grid, "Subtype", Forms.withError(errors, "subtype", subtype));
        Forms.row(grid, "Criticality", Forms.withError(errors, "criticality", criticality));
        Forms.row(grid, "System / location", Forms.text("asset-system", model.system()));
        Forms.row(grid, "Vendor", withError("vendor", choice("asset-vendor", links, true, links.vendor())));
        Forms.row(grid, "Owner (accountable)", withError("owner", choice("asset-owner", links, false, links.owner())));
        Forms.row(grid, "Set up by", withError("setUpBy", choice("asset-set-up-by", links, false, links.setUpBy())));
        Forms.row(
                grid,
                "Rotate every (days)",
                withError("rotationIntervalDays", Forms.text("asset-interval", model.rotationInterval())));
        Forms.row(grid, "How to rotate it", Forms.area("asset-rotation-procedure", model.rotationProcedure()));
        TextField where = Forms.text("asset-value-location", model.valueLocation());
        where.setPromptText("Never the value itself");
        Forms.row(grid, "Value kept in", where);
        Forms.row(
                grid,
                "Recovery email",
                withError("recoveryEmail", Forms.text("asset-recovery-email", model.recoveryEmail())));
        Forms.row(grid, "Recovery phone", Forms.text("asset-recovery-phone", model.recoveryPhone()));
        Forms.row(grid, "Notes", Forms.area("asset-notes", model.notes()));
        return grid;
    }

    private static ComboBox<String> choice(
            String id, AssetLinks links, boolean organisation, javafx.beans.property.StringProperty value) {
        return organisation
                ? Forms.choice(id, links.organisations(), value, "No vendor")
                : Forms.choice(id, links.people(), value, "Nobody");
    }

    private void showKindFields(AssetKind kind) {
        kindFields.getChildren().clear();
        if (kind == null) {
            return;
        }
        KindFields fields = model.kindFields();
        switch (kind) {
            case PRIVILEGED_ACCOUNT -> {
                CheckBox personal = new CheckBox("Personal account (disabling it ends exposure)");
                personal.setId("asset-personal");
                personal.setWrapText(true);
                personal.selectedProperty().bindBidirectional(fields.personalAccount());
                Forms.row(kindFields, "Account", personal);
            }
            case HOSTING_LOGIN -> renewalAndExpiry(fields, "Renewal (domain, hosting)", "Certificate expiry");
            case PURCHASING_AUTHORITY -> {
                reference(fields, "Reference (e.g. Visa ending 4417)");
                Forms.row(
                        kindFields,
                        "Spending limit",
                        withError("spendingLimit", Forms.text("asset-spending-limit", fields.spendingLimit())));
                renewalAndExpiry(fields, "Contract renewal", "Card expiry");
            }
            case PHYSICAL_KEY -> {
                Forms.row(kindFields, "Key number", Forms.text("asset-key-number", fields.keyNumber()));
                Forms.row(kindFields, "Opens", Forms.text("asset-opens", fields.opens()));
                Forms.row(
                        kindFields,
                        "Copies issued",
                        withError("copiesIssued", Forms.text("asset-copies", fields.copiesIssued())));
                Forms.row(
                        kindFields,
                        "Copies returned",
                        withError("copiesReturned", Forms.text("asset-copies-returned", fields.copiesReturned())));
            }
            case ALARM_CODE -> reference(fields, "Opens (panel / zones)");
            case NETWORK_ALLOWANCE -> reference(fields, "Allowed address, range or device");
            case PHONE_SYSTEM -> reference(fields, "Reference (extension or feature code)");
            default -> {}
        }
    }

    private void reference(KindFields fields, String label) {
        Forms.row(kindFields, label, Forms.text("asset-reference", fields.reference()));
    }

    private void renewalAndExpiry(KindFields fields, String renewal, String expiry) {
        Forms.row(kindFields, renewal, Forms.date("asset-renewal", fields.renewalDate()));
        Forms.row(kindFields, expiry, Forms.date("asset-expiry", fields.expiryDate()));
    }

    private Node withError(String field, Node input) {
        return Forms.withError(model.state().errors(), field, input);
    }
}
