package org.custodian.ui.groups;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.custodian.ui.Forms;
import org.custodian.ui.Screen;
import org.custodian.ui.groups.GroupsViewModel.MemberRow;

/** Groups and organisations on the left with "New group"; members over time on the right, added and ended there. */
public final class GroupsView implements Screen {
    private final GroupsViewModel model;

    public GroupsView(GroupsViewModel model) {
        this.model = model;
    }

    @Override
    public Parent build() {
        ListView<String> names = new ListView<>(model.names());
        names.setId("groups-list");
        names.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.select(now);
            }
        });
        model.selected().addListener((obs, old, now) -> {
            if (now != null && !now.equals(names.getSelectionModel().getSelectedItem())) {
                names.getSelectionModel().select(now);
                names.scrollTo(now);
            }
        });
        model.names().addListener((javafx.collections.ListChangeListener<String>) change -> {
            String keep = model.selected().get();
            if (keep != null && model.names().contains(keep)) {
                names.getSelectionModel().select(keep);
            }
        });
        javafx.scene.control.TextField groupName = Forms.text("new-group-name", model.newGroupName());
        groupName.setPromptText("New group's name");
        HBox.setHgrow(groupName, Priority.ALWAYS);
        Button create = new Button("New group");
        create.setId("create-group");
        create.setOnAction(e -> model.createGroup());
        ListView<MemberRow> members = new ListView<>(model.members());
        members.setId("group-members");
        members.setPlaceholder(new Label("Choose a group or organisation."));
        ComboBox<String> member = new ComboBox<>(model.candidates());
        member.setId("member-choice");
        member.setPromptText("Person or group");
        member.valueProperty().bindBidirectional(model.newMember());
        Button add = new Button("Add member");
        add.setId("add-member");
        add.setTooltip(new Tooltip("Add the chosen person or group to the selected group from the day chosen"));
        add.disableProperty()
                .bind(Bindings.createBooleanBinding(() -> !model.groupSelected(), model.selected(), model.names()));
        add.setOnAction(e -> model.addMember());
        Button end = new Button("End membership");
        end.setId("end-membership");
        end.setTooltip(new Tooltip("End the selected membership on the day chosen"));
        end.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> {
                            MemberRow row = members.getSelectionModel().getSelectedItem();
                            return row == null || !row.current();
                        },
                        members.getSelectionModel().selectedItemProperty()));
        end.setOnAction(e -> model.endMembership(members.getSelectionModel().getSelectedItem()));
        Label message = new Label();
        message.setId("groups-message");
        message.getStyleClass().add("success");
        message.textProperty().bind(model.message());
        VBox left = new VBox(
                8,
                new Label("Groups and organisations"),
                new HBox(8, Forms.withError(model.errors(), "name", groupName), create),
                Forms.error(model.error()),
                names);
        javafx.scene.layout.GridPane dates = Forms.compactGrid();
        Forms.row(dates, "Member", Forms.withError(model.errors(), "member", member));
        Forms.row(dates, "From", Forms.withError(model.errors(), "from", Forms.date("member-from", model.from())));
        dates.add(add, 1, dates.getRowCount());
        Forms.row(
                dates, "End on", Forms.withError(model.errors(), "until", Forms.date("member-end-on", model.endOn())));
        dates.add(end, 1, dates.getRowCount());
        VBox right = new VBox(8, new Label("Members over time"), members, dates, message);
        VBox.setVgrow(names, Priority.ALWAYS);
        VBox.setVgrow(members, Priority.ALWAYS);
        left.setPadding(new Insets(12));
        right.setPadding(new Insets(12));
        return new SplitPane(left, right);
    }

    @Override
    public void refresh() {
        model.refresh();
    }
}
