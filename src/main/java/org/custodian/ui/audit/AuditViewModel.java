package org.custodian.ui.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.custodian.service.Inventory;
import org.custodian.ui.Background;
import org.custodian.ui.TaskRunner;
import org.custodian.ui.Wording;

/** The newest changes to the inventory, filterable by any word of time, actor, action or entity. */
public final class AuditViewModel {
    public record ChangeRow(String time, String actor, String action, String entity) {}

    private static final int SHOWN = 1000;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObservableList<ChangeRow> changes = FXCollections.observableArrayList();
    private final FilteredList<ChangeRow> shown = new FilteredList<>(changes);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final Inventory inventory;
    private final Background.Latest reading;

    public AuditViewModel(Inventory inventory, TaskRunner tasks) {
        this.inventory = inventory;
        this.reading = new Background(tasks, AuditViewModel.class).latest();
        filter.addListener((obs, old, now) -> {
            String needle = now == null ? "" : now.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(r -> needle.isEmpty()
                    || String.join(" ", r.time(), r.actor(), r.action(), r.entity())
                            .toLowerCase(Locale.ROOT)
                            .contains(needle));
        });
    }

    /** The filter field's text, bound both ways. */
    public StringProperty filter() {
        return filter;
    }

    /** The changes the filter lets through (a filtered view: it cannot be changed from outside). */
    public ObservableList<ChangeRow> shown() {
        return shown;
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    public void refresh() {
        reading.run(
                () -> inventory.recentChanges(SHOWN).stream()
                        .map(e -> new ChangeRow(
                                WHEN.format(e.at()),
                                e.actor(),
                                Wording.label(e.action()),
                                Wording.label(e.entityType())))
                        .toList(),
                changes::setAll,
                failure -> error.set(Wording.failure(failure)));
    }
}
