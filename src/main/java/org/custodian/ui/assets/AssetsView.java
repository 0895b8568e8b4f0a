package org.custodian.ui.assets;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.custodian.model.AssetKind;
import org.custodian.model.Criticality;
import org.custodian.ui.LabelledCell;
import org.custodian.ui.ListScaffold;
import org.custodian.ui.Screen;
import org.custodian.ui.assets.AssetsViewModel.AssetRow;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** Assets: table with kind and criticality filters and a search; the selected asset or the add form beside it. */
public final class AssetsView implements Screen {
    private final AssetsViewModel model;
    private final ListScaffold<AssetRow> list;

    public AssetsView(AssetsViewModel model) {
        this.model = model;
        this.list = new ListScaffold<>("assets-table", model.shown(), "No asset matches.");
    }

    @Override
    public void refresh() {
        model.refresh();
    }

    @Override
    public void focusSearch() {
        list.focusSearch();
    }

    @Override
    public void createNew() {
        model.form().start();
    }

    @Override
    public Parent build() {
        ComboBox<AssetKind> kind = LabelledCell.filter("assets-kind-filter", "Any kind", AssetKind.values());
        kind.valueProperty().bindBidirectional(model.kindFilter());
        ComboBox<Criticality> criticality =
                LabelledCell.filter("assets-criticality-filter", "Any criticality", Criticality.values());
        criticality.valueProperty().bindBidirectional(model.criticalityFilter());
        Button add = new Button("Add asset", new FontIcon(MaterialDesignP.PLUS));
        add.setId("add-asset");
        add.setTooltip(new Tooltip("Register a new asset (Ctrl+N)"));
        add.setOnAction(e -> model.form().start());
        list.column("Name", AssetRow::name, 220)
                .column("Kind", AssetRow::subtype, 110)
                .column("Criticality", AssetRow::criticality, 80)
                .column("System", AssetRow::system, 160)
                .column("Last rotated", AssetRow::lastRotated, 90)
                .selection(model.selected(), model::select);
        Parent detail = new AssetDetailView(model.detail(), model::editSelected).build();
        Parent form = new AssetFormView(model.form()).build();
        return list.build(
                model.error(),
                ListScaffold.detailOrForm(detail, form, model.form().state().open()),
                0.5,
                new HBox(8, list.search("assets-search", "Search assets (Ctrl+F)", model.search()), add),
                new HBox(8, kind, criticality));
    }
}
