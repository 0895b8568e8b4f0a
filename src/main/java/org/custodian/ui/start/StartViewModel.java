package org.custodian.ui.start;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.custodian.model.CustodianException;
import org.custodian.model.PassphraseRule;
import org.custodian.service.Inventory;
import org.custodian.service.InventoryFiles;
import org.custodian.ui.TaskRunner;

/** State and commands of the start screen: open an inventory, create one, or open the demo. */
public final class StartViewModel {
    public final StringProperty openFolder = new SimpleStringProperty();
    public final StringProperty openPassphrase = new SimpleStringProperty("");
    public final StringProperty createFolder = new SimpleStringProperty();
    public final StringProperty createName = new SimpleStringProperty("");
    public final StringProperty createPassphrase = new SimpleStringProperty("");
    public final StringProperty createRepeat = new SimpleStringProperty("");
    public final StringProperty error = new SimpleStringProperty("");
    public final StringProperty progress = new SimpleStringProperty("");
    public final BooleanProperty busy = new SimpleBooleanProperty(false);

    private final InventoryFiles files;
    private final TaskRunner tasks;
    private final Consumer<Inventory> onOpened;
    private final Path dataFolder;

    /** {@code dataFolder} is where new inventories and the demo go unless the user picks another folder. */
    public StartViewModel(InventoryFiles files, TaskRunner tasks, Path dataFolder, Consumer<Inventory> onOpened) {
        this.files = files;
        this.tasks = tasks;
        this.onOpened = onOpened;
        this.dataFolder = dataFolder;
        openFolder.set(dataFolder.resolve("inventory").toString());
        createFolder.set(dataFolder.resolve("inventory").toString());
        files.prepareToOpen();
    }

    /** On the very first launch there is nothing to open yet: the screen offers the demo first. */
    public boolean firstLaunch() {
        return !files.exists(Path.of(openFolder.get()));
    }

    public Path demoFolder() {
        return dataFolder.resolve("demo");
    }

    public StringBinding strengthHint() {
        return Bindings.createStringBinding(() -> PassphraseStrength.describe(createPassphrase.get()), createPassphrase);
    }

    public BooleanBinding canCreate() {
        return busy.not().and(createName.isNotEmpty()).and(createPassphrase.length().greaterThanOrEqualTo(
                PassphraseRule.MINIMUM_LENGTH)).and(createPassphrase.isEqualTo(createRepeat));
    }

    public BooleanBinding canOpen() {
        return busy.not().and(openFolder.isNotEmpty()).and(openPassphrase.isNotEmpty());
    }

    public void open() {
        char[] passphrase = openPassphrase.get().toCharArray();
        Path folder = Path.of(openFolder.get().strip());
        run("Checking the passphrase, then the inventory's seal...",
                () -> files.open(folder, passphrase));
    }

    public void create() {
        char[] passphrase = createPassphrase.get().toCharArray();
        Path folder = Path.of(createFolder.get().strip());
        String name = createName.get();
        run("Creating the inventory (deriving the key takes about a second)...", () -> files.create(folder, name, passphrase));
    }

    /** Opens the demo inventory, creating it first if this is the first time. */
    public void openDemo() {
        Path folder = demoFolder();
        run("Opening the demo inventory...", () -> files.isDemo(folder)
                ? files.open(folder, InventoryFiles.DEMO_PASSPHRASE.toCharArray())
                : files.createDemo(folder));
    }

    private void run(String what, java.util.function.Supplier<Inventory> work) {
        error.set("");
        progress.set(what);
        busy.set(true);
        tasks.run(work, inventory -> {
            busy.set(false);
            progress.set("");
            openPassphrase.set("");
            createPassphrase.set("");
            createRepeat.set("");
            onOpened.accept(inventory);
        }, failure -> {
            busy.set(false);
            progress.set("");
            error.set(failure instanceof CustodianException known
                    ? known.getMessage() + "\n" + known.nextStep()
                    : "Something unexpected went wrong (" + failure.getClass().getSimpleName() + "). Nothing was changed.");
        });
    }
}
