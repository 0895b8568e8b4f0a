package org.custodian.ui.audit;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.custodian.ui.Columns;
import org.custodian.ui.Forms;
import org.custodian.ui.Screen;
import org.custodian.ui.audit.AuditViewModel.ChangeRow;

/** The audit log: recent changes in a table with a filter. */
public final class AuditView implements Screen {
    private final AuditViewModel model;
    private final TextField filter = new TextField();

    public AuditView(AuditViewModel model) {
        this.model = model;
    }

    @Override
    public Parent build() {
        filter.setId("audit-filter");
        filter.setPromptText("Filter by time, actor, action or entity (Ctrl+F)");
        filter.textProperty().bindBidirectional(model.filter());
        TableView<ChangeRow> table = new TableView<>(model.shown());
        table.setId("audit-table");
        table.getColumns().add(Columns.text("Time", ChangeRow::time, 160));
        table.getColumns().add(Columns.text("Actor", ChangeRow::actor, 140));
        table.getColumns().add(Columns.text("Action", ChangeRow::action, 120));
        table.getColumns().add(Columns.text("Entity", ChangeRow::entity, 200));
        VBox.setVgrow(table, Priority.ALWAYS);
        Columns.fit(table);
        VBox box = new VBox(8, filter, Forms.error(model.error()), table);
        box.setPadding(new Insets(12));
        return box;
    }

    @Override
    public void refresh() {
        model.refresh();
    }

    @Override
    public void focusSearch() {
        filter.requestFocus();
    }
}
