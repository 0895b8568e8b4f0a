package org.custodian.ui.shell;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.custodian.model.PassphraseRule;
import org.custodian.service.Inventory;
import org.custodian.ui.Background;
import org.custodian.ui.NewPassphrase;
import org.custodian.ui.TaskRunner;
import org.custodian.ui.Wording;

/** Changing the passphrase of the open inventory: typed twice, then the data key is re-wrapped in the background. */
public final class PassphraseChangeModel {
    private final NewPassphrase passphrase = new NewPassphrase();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final Inventory inventory;
    private final Background background;

    public PassphraseChangeModel(Inventory inventory, TaskRunner tasks) {
        this.inventory = inventory;
        this.background = new Background(tasks, PassphraseChangeModel.class);
    }

    /** The new passphrase and its repeat, bound to the dialog's two fields. */
    public NewPassphrase passphrase() {
        return passphrase;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public BooleanBinding canChange() {
        return busy.not().and(passphrase.ready());
    }

    public void change() {
        if (!canChange().get()) {
            message.set("Type the new passphrase twice, at least " + PassphraseRule.MINIMUM_LENGTH + " characters.");
            return;
        }
        char[] secret = passphrase.secret();
        busy.set(true);
        message.set("Deriving the new key (about a second)...");
        background.run(
                () -> {
                    inventory.changePassphrase(secret);
                    return null;
                },
                done -> {
                    busy.set(false);
                    passphrase.clear();
                    message.set(
                            "The passphrase was changed. Use the new one from now on; the old one no longer opens it.");
                },
                failure -> {
                    busy.set(false);
                    message.set(Wording.failure(failure));
                });
    }
}
