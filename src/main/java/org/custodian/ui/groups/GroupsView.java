package org.custodian.ui.groups;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.custodian.ui.Forms;
import org.custodian.ui.Screen;

/** Groups and organisations on the left, members over time on the right. */
public final class GroupsView implements Screen {
    private final GroupsViewModel model;
    private Parent root;

    public GroupsView(GroupsViewModel model) {
        this.model = model;
    }

    @Override
    public Parent root() {
        if (root == null) {
            ListView<String> names = new ListView<>(model.names);
            names.setId("groups-list");
            names.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selected.set(now));
            ListView<String> members = new ListView<>(model.members);
            members.setId("group-members");
            members.setPlaceholder(new Label("Choose a group or organisation."));
            VBox left = new VBox(8, new Label("Groups and organisations"), Forms.error(model.error), names);
            VBox right = new VBox(8, new Label("Members over time"), members);
            VBox.setVgrow(names, Priority.ALWAYS);
            VBox.setVgrow(members, Priority.ALWAYS);
            left.setPadding(new Insets(12));
            right.setPadding(new Insets(12));
            root = new SplitPane(left, right);
        }
        return root;
    }

    @Override
    public void refresh() {
        model.refresh();
    }
}
