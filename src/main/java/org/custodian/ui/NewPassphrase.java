package org.custodian.ui;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.custodian.model.PassphraseRule;

/**
 * A new passphrase typed twice, as the create form and the change dialog ask for it. It is ready once both agree
 * and {@link PassphraseRule} accepts it: the window asks the same rule the services enforce, so the button is
 * enabled exactly when the service would accept.
 */
public final class NewPassphrase {
    private final StringProperty typed = new SimpleStringProperty("");
    private final StringProperty repeated = new SimpleStringProperty("");

    /** The password field's text, bound both ways. */
    public StringProperty typed() {
        return typed;
    }

    /** The repeat field's text, bound both ways. */
    public StringProperty repeated() {
        return repeated;
    }

    public BooleanBinding ready() {
        return Bindings.createBooleanBinding(
                () -> PassphraseRule.acceptable(typed.get()) && Objects.equals(typed.get(), repeated.get()),
                typed,
                repeated);
    }

    /** A copy for the service to use and wipe; the fields keep theirs until {@link #clear()}. */
    public char[] secret() {
        return typed.get().toCharArray();
    }

    /** The typed passphrase is not kept once it has served. */
    public void clear() {
        typed.set("");
        repeated.set("");
    }
}
