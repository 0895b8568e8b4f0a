package org.custodian.ui.departures;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.custodian.ui.ListScaffold;
import org.custodian.ui.Screen;
import org.custodian.ui.departures.DeparturesViewModel.DepartureRow;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** Departures: the list with progress on the left; the wizard, or the selected plan as a checklist, on the right. */
public final class DeparturesView implements Screen {
    private final DeparturesViewModel model;
    private final ListScaffold<DepartureRow> list;

    public DeparturesView(DeparturesViewModel model) {
        this.model = model;
        this.list = new ListScaffold<>("departures-table", model.departures(), "No departures yet.");
    }

    @Override
    public void refresh() {
        model.refresh();
    }

    @Override
    public void createNew() {
        model.wizard().begin(null);
    }

    @Override
    public void export() {
        model.exportSelected();
    }

    /** Opens the new-departure wizard for this person. */
    public void beginFor(String name) {
        model.wizard().begin(name);
    }

    @Override
    public Parent build() {
        Button start = new Button("New departure", new FontIcon(MaterialDesignP.PLUS));
        start.setId("new-departure");
        start.setOnAction(e -> model.wizard().begin(null));
        list.column("Leaver", DepartureRow::leaver, 150)
                .column("Type", DepartureRow::type, 100)
                .column("Mode", DepartureRow::mode, 70)
                .column("Last day", DepartureRow::lastDay, 90)
                .column("Done", DepartureRow::progress, 60)
                .selection(model.selected(), model::select);
        return list.build(model.error(), right(), 0.27, start);
    }

    /** The wizard while it is open; otherwise the chosen departure's checklist, or a hint when none is chosen. */
    private Parent right() {
        var wizardOpen = model.wizard().open();
        Parent wizard = new DepartureWizardView(model.wizard()).build();
        Parent checklist = new ChecklistView(model).build();
        wizard.visibleProperty().bind(wizardOpen);
        checklist.visibleProperty().bind(wizardOpen.not().and(model.selected().isNotNull()));
        Label nothing = new Label("Choose a departure on the left, or start a new one.");
        nothing.visibleProperty().bind(wizardOpen.not().and(model.selected().isNull()));
        return new StackPane(nothing, checklist, wizard);
    }
}
