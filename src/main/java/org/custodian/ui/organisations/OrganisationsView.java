package org.custodian.ui.organisations;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.custodian.ui.ListScaffold;
import org.custodian.ui.Screen;
import org.custodian.ui.organisations.OrganisationsViewModel.OrganisationRow;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;

/** Organisations: a searchable table on the left; the chosen organisation, or its form, on the right. */
public final class OrganisationsView implements Screen {
    private final OrganisationsViewModel model;
    private final ListScaffold<OrganisationRow> list;

    public OrganisationsView(OrganisationsViewModel model) {
        this.model = model;
        this.list = new ListScaffold<>("organisations-table", model.shown(), "No organisation matches.");
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
        Button add = new Button("Add organisation", new FontIcon(MaterialDesignD.DOMAIN_PLUS));
        add.setId("add-organisation");
        add.setTooltip(new Tooltip("Register a provider, bank, vendor or alarm company (Ctrl+N)"));
        add.setOnAction(e -> model.form().start());
        add.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the search field gives way, not the label
        list.column("Name", OrganisationRow::name, 190)
                .column("Kind", OrganisationRow::kind, 120)
                .column(people())
                .selection(model.selected(), model::select);
        Parent detail = new OrganisationDetailView(model.detail(), model::editSelected).build();
        Parent form = new OrganisationFormView(model.form()).build();
        return list.build(
                model.error(),
                ListScaffold.detailOrForm(detail, form, model.form().state().open()),
                0.42,
                new HBox(8, list.search("organisations-search", "Search (Ctrl+F)", model.search()), add));
    }

    /** A number, so that it sorts as one. */
    private static TableColumn<OrganisationRow, Integer> people() {
        TableColumn<OrganisationRow, Integer> people = new TableColumn<>("People");
        people.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().people()));
        people.setPrefWidth(70);
        people.setMinWidth(70);
        return people;
    }
}
