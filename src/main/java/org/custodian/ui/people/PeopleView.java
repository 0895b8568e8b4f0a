package org.custodian.ui.people;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.custodian.ui.ListScaffold;
import org.custodian.ui.Screen;
import org.custodian.ui.people.PeopleViewModel.PersonRow;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/** People: a searchable, sortable table on the left; the selected person or the add form on the right. */
public final class PeopleView implements Screen {
    private final PeopleViewModel model;
    private final Consumer<String> startDeparture;
    private final ListScaffold<PersonRow> list;

    public PeopleView(PeopleViewModel model, Consumer<String> startDeparture) {
        this.model = model;
        this.startDeparture = startDeparture;
        this.list = new ListScaffold<>("people-table", model.shown(), "No one matches.");
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
        Button add = new Button("Add person", new FontIcon(MaterialDesignA.ACCOUNT_PLUS));
        add.setId("add-person");
        add.setTooltip(new Tooltip("Register a new person (Ctrl+N)"));
        add.setOnAction(e -> model.form().start());
        list.column("Name", PersonRow::name, 170)
                .column("Kind", PersonRow::kind, 110)
                .column("Status", PersonRow::status, 130)
                .column("Organisation", PersonRow::organisation, 140)
                .column(reaches())
                .selection(model.selected(), model::select);
        Parent detail = new PersonDetailView(model.detail(), startDeparture, model::editSelected).build();
        Parent form = new PersonFormView(model.form(), model.organisations()).build();
        return list.build(
                model.error(),
                ListScaffold.detailOrForm(detail, form, model.form().state().open()),
                0.48,
                new HBox(8, list.search("people-search", "Search people (Ctrl+F)", model.search()), add));
    }

    /** A number, so that it sorts as one. */
    private static TableColumn<PersonRow, Integer> reaches() {
        TableColumn<PersonRow, Integer> reach = new TableColumn<>("Reaches");
        reach.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().reachable()));
        reach.setPrefWidth(70);
        return reach;
    }
}
