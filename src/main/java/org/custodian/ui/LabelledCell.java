package org.custodian.ui;

import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import org.custodian.model.Labelled;

/** Shows enums by their label ("Domain admin", not DOMAIN_ADMIN) in combo boxes. */
public final class LabelledCell<T extends Labelled> extends ListCell<T> {
    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : item.label());
    }

    @SafeVarargs
    public static <T extends Labelled> ComboBox<T> combo(String id, T... values) {
        ComboBox<T> combo = new ComboBox<>(FXCollections.observableArrayList(values));
        combo.setId(id);
        combo.setCellFactory(list -> new LabelledCell<>());
        combo.setButtonCell(new LabelledCell<>());
        return combo;
    }
}
