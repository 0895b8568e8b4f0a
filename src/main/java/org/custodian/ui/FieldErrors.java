package org.custodian.ui;

import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.custodian.model.ValidationException;
import org.custodian.model.Violation;

/** Violations by field, for a form: the view model fills it, the view shows each message under its field. */
public final class FieldErrors {
    private final ObservableMap<String, String> byField = FXCollections.observableHashMap();
    private final ObservableMap<String, String> shown = FXCollections.unmodifiableObservableMap(byField);

    /** Each field's message, for the view to read. */
    public ObservableMap<String, String> byField() {
        return shown;
    }

    public void clear() {
        byField.clear();
    }

    public void show(ValidationException e) {
        byField.clear();
        for (Violation v : e.violations()) {
            byField.merge(v.field(), v.message(), (a, b) -> a + "; " + b);
        }
    }

    /** A rule violation goes beside its fields; any other failure into the form's general message. */
    public void showFailure(RuntimeException failure, StringProperty general) {
        if (failure instanceof ValidationException invalid) {
            show(invalid);
            general.set("");
        } else {
            general.set(Wording.failure(failure));
        }
    }
}
