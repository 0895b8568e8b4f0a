package org.custodian.ui.start;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.custodian.model.CustodianException;
import org.custodian.service.Inventory;
import org.custodian.service.InventoryFiles;
import org.custodian.ui.Background;
import org.custodian.ui.NewPassphrase;
import org.custodian.ui.TaskRunner;
import org.custodian.ui.Wording;

/** State and commands of the start screen: open an inventory, create one, or open the demo. */
public final class StartViewModel {
    private final StringProperty openFolder = new SimpleStringProperty();
    private final StringProperty openPassphrase = new SimpleStringProperty("");
    private final StringProperty createFolder = new SimpleStringProperty();
    private final StringProperty createName = new SimpleStringProperty("");
    private final NewPassphrase createPassphrase = new NewPassphrase();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    private final InventoryFiles files;
    private final Background background;
    private final Consumer<Inventory> onOpened;
    private final Path dataFolder;

    /** {@code dataFolder} is where new inventories and the demo go unless the user picks another folder. */
    public StartViewModel(InventoryFiles files, TaskRunner tasks, Path dataFolder, Consumer<Inventory> onOpened) {
        this.files = files;
        this.background = new Background(tasks, StartViewModel.class);
        this.onOpened = onOpened;
        this.dataFolder = dataFolder;
        openFolder.set(dataFolder.resolve("inventory").toString());
        createFolder.set(dataFolder.resolve("inventory").toString());
        files.prepareToOpen();
    }

    public StringProperty openFolder() {
        return openFolder;
    }

    public StringProperty openPassphrase() {
        return openPassphrase;
    }

    public StringProperty createFolder() {
        return createFolder;
    }

    public StringProperty createName() {
        return createName;
    }

    public NewPassphrase createPassphrase() {
        return createPassphrase;
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progress() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    /** Says something went wrong outside this screen, e.g. that locking could not write its backup. */
    public void showError(String text) {
        error.set(text);
    }

    /** On the very first launch there is nothing to open yet: the screen offers the demo first. */
    public boolean firstLaunch() {
        return !files.exists(Path.of(openFolder.get()));
    }

    public Path demoFolder() {
        return dataFolder.resolve("demo");
    }

    public StringBinding strengthHint() {
        StringProperty typed = createPassphrase.typed();
        return Bindings.createStringBinding(() -> PassphraseStrength.describe(typed.get()), typed);
    }

    public BooleanBinding canCreate() {
        return busy.not().and(createName.isNotEmpty()).and(createPassphrase.ready());
    }

    public BooleanBinding canOpen() {
        return busy.not().and(openFolder.isNotEmpty()).and(openPassphrase.isNotEmpty());
    }

    public void open() {
        char[] passphrase = openPassphrase.get().toCharArray();
        Path folder = Path.of(openFolder.get().strip());
        run("Checking the passphrase, then the inventory's seal...", () -> files.open(folder, passphrase));
    }

    public void create() {
        char[] passphrase = createPassphrase.secret();
        Path folder = Path.of(createFolder.get().strip());
        String name = createName.get();
        run(
                "Creating the inventory (deriving the key takes about a second)...",
                () -> files.create(folder, name, passphrase));
    }

    /** Opens the demo inventory, creating it first if this is the first time. */
    public void openDemo() {
        Path folder = demoFolder();
        run(
                "Opening the demo inventory...",
                () -> files.isDemo(folder)
                        ? files.open(folder, InventoryFiles.DEMO_PASSPHRASE.toCharArray())
                        : files.createDemo(folder));
    }

    /** One request at a time (busy disables the forms), so no answer can arrive late. */
    private void run(String what, Supplier<Inventory> work) {
        error.set("");
        progress.set(what);
        busy.set(true);
        background.run(
                work,
                inventory -> {
                    busy.set(false);
                    progress.set("");
                    openPassphrase.set("");
                    createPassphrase.clear();
                    onOpened.accept(inventory);
                },
                failure -> {
                    busy.set(false);
                    progress.set("");
                    error.set(
                            failure instanceof CustodianException known
                                    ? known.getMessage() + "\n" + known.nextStep()
                                    : Wording.unexpected(failure));
                });
    }
}
