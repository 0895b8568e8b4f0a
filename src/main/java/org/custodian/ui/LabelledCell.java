package org.custodian.ui;

import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import org.custodian.model.Labelled;

/** Shows enums by their label ("Domain admin", not DOMAIN_ADMIN) in combo boxes. */
public final class LabelledCell<T extends Labelled> extends ListCell<T> {
    private final String none;

    public LabelledCell() {
        this(null);
    }

    /** {@code none} is what an empty choice reads as, e.g. "Any kind" in a filter. */
    public LabelledCell(String none) {
        this.none = none;
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(item == null ? (empty && none == null ? null : none) : item.label());
    }

    /** A filter: the first choice is "none" (no filtering). */
    @SafeVarargs
    public static <T extends Labelled> ComboBox<T> filter(String id, String none, T... values) {
        ComboBox<T> combo = combo(id, values);
        combo.getItems().add(0, null);
        combo.setCellFactory(list -> new LabelledCell<>(none));
        combo.setButtonCell(new LabelledCell<>(none));
        return combo;
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
