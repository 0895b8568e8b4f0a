package org.custodian.ui.shell;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.custodian.model.PassphraseRule;
import org.custodian.service.Inventory;
import org.custodian.ui.TaskRunner;
import org.custodian.ui.Wording;

/** Changing the passphrase of the open inventory: typed twice, then the data key is re-wrapped in the background. */
public final class PassphraseChangeModel {
    public final StringProperty passphrase = new SimpleStringProperty("");
    public final StringProperty repeat = new SimpleStringProperty("");
    public final StringProperty message = new SimpleStringProperty("");
    public final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final Inventory inventory;
    private final TaskRunner tasks;

    public PassphraseChangeModel(Inventory inventory, TaskRunner tasks) {
        this.inventory = inventory;
        this.tasks = tasks;
    }

    public BooleanBinding canChange() {
        return busy.not().and(passphrase.length().greaterThanOrEqualTo(PassphraseRule.MINIMUM_LENGTH))
                .and(passphrase.isEqualTo(repeat));
    }

    public void change() {
        if (!canChange().get()) {
            message.set("Type the new passphrase twice, at least " + PassphraseRule.MINIMUM_LENGTH + " characters.");
            return;
        }
        char[] secret = passphrase.get().toCharArray();
        busy.set(true);
        message.set("Deriving the new key (about a second)...");
        tasks.run(() -> {
            inventory.changePassphrase(secret);
            return null;
        }, done -> {
            busy.set(false);
            passphrase.set("");
            repeat.set("");
            message.set("The passphrase was changed. Use the new one from now on; the old one no longer opens it.");
        }, failure -> {
            busy.set(false);
            message.set(Wording.failure(failure));
        });
    }
}
