package org.custodian.ui.assets;

import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.custodian.model.AssetKind;
import org.custodian.model.Criticality;
import org.custodian.ui.Forms;
import org.custodian.ui.LabelledCell;
import org.custodian.ui.Screen;
import org.custodian.ui.assets.AssetsViewModel.AssetRow;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** Assets: table with kind and criticality filters and a search; the selected asset or the add form beside it. */
public final class AssetsView implements Screen {
    private final AssetsViewModel model;
    private final TextField search = new TextField();

    public AssetsView(AssetsViewModel model) {
        this.model = model;
    }


    @Override
    public void refresh() {
        model.refresh();
    }

    @Override
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    @Override
    public void createNew() {
        model.form.start();
    }

    @Override
    public Parent build() {
        search.setId("assets-search");
        search.setPromptText("Search assets (Ctrl+F)");
        search.textProperty().bindBidirectional(model.search);
        HBox.setHgrow(search, Priority.ALWAYS);
        ComboBox<AssetKind> kind = LabelledCell.filter("assets-kind-filter", "Any kind", AssetKind.values());
        kind.valueProperty().bindBidirectional(model.kindFilter);
        ComboBox<Criticality> criticality = LabelledCell.filter("assets-criticality-filter", "Any criticality",
                Criticality.values());
        criticality.valueProperty().bindBidirectional(model.criticalityFilter);
        Button add = new Button("Add asset", new FontIcon(MaterialDesignP.PLUS));
        add.setId("add-asset");
        add.setTooltip(new Tooltip("Register a new asset (Ctrl+N)"));
        add.setOnAction(e -> model.form.start());
        TableView<AssetRow> table = table();
        VBox left = new VBox(8, new HBox(8, search, add), new HBox(8, kind, criticality), Forms.error(model.error), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        left.setPadding(new Insets(12));
        Parent detail = new AssetDetailView(model.detail, model::editSelected).build();
        Parent form = new AssetFormView(model.form).build();
        form.visibleProperty().bind(model.form.open);
        detail.visibleProperty().bind(model.form.open.not());
        SplitPane split = new SplitPane(left, new StackPane(detail, form));
        split.setDividerPositions(0.5);
        return split;
    }

    private TableView<AssetRow> table() {
        TableView<AssetRow> table = new TableView<>();
        table.setId("assets-table");
        SortedList<AssetRow> sorted = new SortedList<>(model.shown);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getColumns().add(org.custodian.ui.Columns.text("Name", AssetRow::name, 220));
        table.getColumns().add(org.custodian.ui.Columns.text("Kind", AssetRow::subtype, 110));
        table.getColumns().add(org.custodian.ui.Columns.text("Criticality", AssetRow::criticality, 80));
        table.getColumns().add(org.custodian.ui.Columns.text("System", AssetRow::system, 160));
        table.getColumns().add(org.custodian.ui.Columns.text("Last rotated", AssetRow::lastRotated, 90));
        table.setPlaceholder(new Label("No asset matches."));
        org.custodian.ui.Columns.fit(table);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selected.set(now);
            }
        });
        model.selected.addListener((obs, old, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
                table.scrollTo(now);
            }
        });
        return table;
    }
}
