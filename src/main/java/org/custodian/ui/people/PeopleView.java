package org.custodian.ui.people;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.custodian.ui.Forms;
import org.custodian.ui.Screen;
import org.custodian.ui.people.PeopleViewModel.PersonRow;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/** People: a searchable, sortable table on the left; the selected person or the add form on the right. */
public final class PeopleView implements Screen {
    private final PeopleViewModel model;
    private final Consumer<String> startDeparture;
    private final TextField search = new TextField();

    public PeopleView(PeopleViewModel model, Consumer<String> startDeparture) {
        this.model = model;
        this.startDeparture = startDeparture;
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
        search.setId("people-search");
        search.setPromptText("Search people (Ctrl+F)");
        search.textProperty().bindBidirectional(model.search);
        HBox.setHgrow(search, Priority.ALWAYS);
        Button add = new Button("Add person", new FontIcon(MaterialDesignA.ACCOUNT_PLUS));
        add.setId("add-person");
        add.setTooltip(new Tooltip("Register a new person (Ctrl+N)"));
        add.setOnAction(e -> model.form.start());
        TableView<PersonRow> table = table();
        VBox left = new VBox(8, new HBox(8, search, add), Forms.error(model.error), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        left.setPadding(new Insets(12));
        Parent detail = new PersonDetailView(model.detail, startDeparture, model::editSelected).build();
        Parent form = new PersonFormView(model.form, model.organisations).build();
        form.visibleProperty().bind(model.form.open);
        detail.visibleProperty().bind(model.form.open.not());
        SplitPane split = new SplitPane(left, new StackPane(detail, form));
        split.setDividerPositions(0.48);
        return split;
    }

    private TableView<PersonRow> table() {
        TableView<PersonRow> table = new TableView<>();
        table.setId("people-table");
        javafx.collections.transformation.SortedList<PersonRow> sorted = new javafx.collections.transformation.SortedList<>(model.shown);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getColumns().add(column("Name", PersonRow::name, 170));
        table.getColumns().add(column("Kind", PersonRow::kind, 110));
        table.getColumns().add(column("Status", PersonRow::status, 130));
        table.getColumns().add(column("Organisation", PersonRow::organisation, 140));
        TableColumn<PersonRow, Integer> reach = new TableColumn<>("Reaches");
        reach.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().reachable()));
        reach.setPrefWidth(70);
        table.getColumns().add(reach);
        table.setPlaceholder(new Label("No one matches."));
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

    static <R> TableColumn<R, String> column(String title, Function<R, String> value, double width) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
