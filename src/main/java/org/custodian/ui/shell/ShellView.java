package org.custodian.ui.shell;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.custodian.service.Inventory;
import org.custodian.ui.FilePicker;
import org.custodian.ui.Screen;
import org.custodian.ui.TaskRunner;
import org.custodian.ui.assets.AssetsView;
import org.custodian.ui.assets.AssetsViewModel;
import org.custodian.ui.audit.AuditView;
import org.custodian.ui.audit.AuditViewModel;
import org.custodian.ui.backups.BackupsView;
import org.custodian.ui.backups.BackupsViewModel;
import org.custodian.ui.dashboard.DashboardView;
import org.custodian.ui.dashboard.DashboardViewModel;
import org.custodian.ui.departures.DeparturesView;
import org.custodian.ui.departures.DeparturesViewModel;
import org.custodian.ui.groups.GroupsView;
import org.custodian.ui.groups.GroupsViewModel;
import org.custodian.ui.organisations.OrganisationsView;
import org.custodian.ui.organisations.OrganisationsViewModel;
import org.custodian.ui.people.PeopleView;
import org.custodian.ui.people.PeopleViewModel;
import org.custodian.ui.reports.ReportsView;
import org.custodian.ui.reports.ReportsViewModel;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/** The unlocked inventory: a sidebar of sections, the inventory's name, a Lock button, and the current screen. */
public final class ShellView {
    private final Map<Section, Screen> screens = new EnumMap<>(Section.class);
    private final Map<Section, ToggleButton> navigation = new EnumMap<>(Section.class);
    private final Map<Section, Parent> built = new EnumMap<>(Section.class);
    private final BorderPane root = new BorderPane();
    private final String inventoryName;
    private final String openingWarning;
    private final Runnable lock;
    private final PassphraseChangeModel passphraseChange;
    private final DeparturesView departures;
    private Section current;

    public ShellView(Inventory inventory, TaskRunner tasks, Runnable lock) {
        this(inventory, tasks, FilePicker.none(), lock);
    }

    public ShellView(Inventory inventory, TaskRunner tasks, FilePicker files, Runnable lock) {
        this(inventory, tasks, files, lock, folder -> lock.run());
    }

    /** {@code openInstead} closes this inventory and offers another folder to open (a restored backup). */
    public ShellView(
            Inventory inventory,
            TaskRunner tasks,
            FilePicker files,
            Runnable lock,
            java.util.function.Consumer<java.nio.file.Path> openInstead) {
        this.inventoryName = inventory.info().name();
        this.openingWarning = inventory.openingWarning().orElse(null);
        this.lock = lock;
        this.passphraseChange = new PassphraseChangeModel(inventory, tasks);
        departures = new DeparturesView(new DeparturesViewModel(inventory, tasks, files));
        screens.put(
                Section.DASHBOARD,
                new DashboardView(new DashboardViewModel(inventory, tasks), () -> show(Section.DEPARTURES)));
        screens.put(Section.PEOPLE, new PeopleView(new PeopleViewModel(inventory, tasks), this::startDepartureOf));
        screens.put(Section.ORGANISATIONS, new OrganisationsView(new OrganisationsViewModel(inventory, tasks)));
        screens.put(Section.ASSETS, new AssetsView(new AssetsViewModel(inventory, tasks)));
        screens.put(Section.GROUPS, new GroupsView(new GroupsViewModel(inventory, tasks)));
        screens.put(Section.DEPARTURES, departures);
        screens.put(Section.REPORTS, new ReportsView(new ReportsViewModel(inventory, tasks, files)));
        screens.put(Section.AUDIT, new AuditView(new AuditViewModel(inventory, tasks)));
        screens.put(Section.BACKUPS, new BackupsView(new BackupsViewModel(inventory, tasks, files, openInstead)));
    }

    public String inventoryName() {
        return inventoryName;
    }

    public Parent build() {
        root.setTop(openingWarning == null ? header() : new VBox(header(), warningBanner()));
        root.setLeft(sidebar());
        show(Section.DASHBOARD);
        return root;
    }

    public void show(Section section) {
        current = section;
        navigation.get(section).setSelected(true);
        Screen screen = screens.get(section);
        root.setCenter(built.computeIfAbsent(section, s -> screen.build()));
        screen.refresh();
    }

    public void focusSearch() {
        screens.get(current).focusSearch();
    }

    public void export() {
        screens.get(current).export();
    }

    public void createNew() {
        screens.get(current).createNew();
    }

    private void startDepartureOf(String personName) {
        show(Section.DEPARTURES);
        departures.beginFor(personName);
    }

    /** Said once, above every screen, until dismissed: e.g. that this copy is older than one opened here. */
    private HBox warningBanner() {
        Label text = new Label(openingWarning);
        text.setId("opening-warning");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button dismiss = new Button("Dismiss");
        dismiss.setId("dismiss-opening-warning");
        dismiss.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the text wraps, the button keeps its word
        HBox banner = new HBox(12, new FontIcon(MaterialDesignA.ALERT), text, dismiss);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setPadding(new Insets(8, 16, 8, 16));
        banner.setStyle("-fx-background-color: -color-warning-subtle;");
        dismiss.setOnAction(e -> {
            banner.setVisible(false);
            banner.setManaged(false);
        });
        return banner;
    }

    private HBox header() {
        Label title = new Label(inventoryName);
        title.setId("inventory-name");
        title.getStyleClass().add("title-3");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button lockButton = new Button("Lock", new FontIcon(MaterialDesignL.LOCK));
        lockButton.setId("lock-button");
        lockButton.setTooltip(new Tooltip("Close the inventory and clear the window (Ctrl+L)"));
        lockButton.setOnAction(e -> lock.run());
        Button passphraseButton = new Button("Passphrase…", new FontIcon(MaterialDesignK.KEY_CHANGE));
        passphraseButton.setId("passphrase-button");
        passphraseButton.setTooltip(new Tooltip("Change the inventory's passphrase"));
        passphraseButton.setOnAction(
                e -> PassphraseChangeDialog.show(passphraseButton.getScene().getWindow(), passphraseChange));
        HBox header = new HBox(12, title, spacer, passphraseButton, lockButton);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(10, 16, 10, 16));
        header.setStyle("-fx-border-color: transparent transparent -color-border-default transparent;");
        return header;
    }

    private VBox sidebar() {
        ToggleGroup group = new ToggleGroup();
        VBox bar = new VBox(4);
        bar.setPadding(new Insets(12, 8, 12, 8));
        bar.setPrefWidth(170);
        bar.setStyle("-fx-background-color: -color-bg-subtle;");
        for (Section section : Section.values()) {
            ToggleButton button = new ToggleButton(section.title, new FontIcon(section.icon));
            button.setId("nav-" + section.name().toLowerCase(Locale.ROOT));
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.setTooltip(new Tooltip(section.tooltip));
            button.setOnAction(e -> show(section));
            navigation.put(section, button);
            bar.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        return bar;
    }
}
