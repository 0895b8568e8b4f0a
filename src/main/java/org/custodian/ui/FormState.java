package org.custodian.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What every add-or-edit form shows besides its fields: whether it is open, its heading ("Add person" or "Edit
 * person"), whether saving updates a record, and its messages. The form's view model opens and closes it; the
 * view only reads it.
 */
public final class FormState {
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper title;
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(false);
    private final FieldErrors errors = new FieldErrors();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final String addTitle;
    private final String editTitle;

    public FormState(String addTitle, String editTitle) {
        this.addTitle = addTitle;
        this.editTitle = editTitle;
        this.title = new ReadOnlyStringWrapper(addTitle);
    }

    public ReadOnlyBooleanProperty open() {
        return open.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty title() {
        return title.getReadOnlyProperty();
    }

    /** True while the form edits an existing record rather than adding one. */
    public ReadOnlyBooleanProperty editing() {
        return editing.getReadOnlyProperty();
    }

    /** Each field's rule violation, shown under the field. */
    public FieldErrors errors() {
        return errors;
    }

    /** A failure that belongs to no field. */
    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    /** Opens the form, for a new record or ({@code editing}) an existing one, with no messages left over. */
    public void begin(boolean editing) {
        this.editing.set(editing);
        title.set(editing ? editTitle : addTitle);
        errors.clear();
        error.set("");
        open.set(true);
    }

    public void close() {
        open.set(false);
    }

    /** The record was saved: the form closes and forgets its messages. */
    public void saved() {
        open.set(false);
        errors.clear();
    }

    /** A rule violation beside its field, anything else in the form's general message. */
    public void failed(RuntimeException failure) {
        errors.showFailure(failure, error);
    }
}
