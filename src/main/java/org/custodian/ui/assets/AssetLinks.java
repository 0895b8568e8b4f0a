package org.custodian.ui.assets;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.custodian.model.Asset;
import org.custodian.model.OrganisationId;
import org.custodian.model.PersonId;
import org.custodian.model.Violation;
import org.custodian.service.Inventory;

/**
 * The asset form's links to other records, chosen by name: the vendor (an organisation), the accountable owner
 * and who set it up (people, departed ones included: "set up by someone who left" is worth knowing). The empty
 * name "" is none.
 */
public final class AssetLinks {
    /** Names to ids, read off the FX thread when the form opens. */
    record Choices(Map<String, OrganisationId> organisations, Map<String, PersonId> people) {
        static Choices read(Inventory inventory) {
            Map<String, OrganisationId> organisations = new TreeMap<>();
            inventory.people().organisations().forEach(o -> organisations.put(o.name(), o.id()));
            Map<String, PersonId> people = new TreeMap<>();
            inventory.people().people().forEach(p -> people.put(p.name(), p.id()));
            return new Choices(organisations, people);
        }
    }

    private final StringProperty vendor = new SimpleStringProperty("");
    private final StringProperty owner = new SimpleStringProperty("");
    private final StringProperty setUpBy = new SimpleStringProperty("");
    private final ObservableList<String> organisations = FXCollections.observableArrayList();
    private final ObservableList<String> organisationsShown = FXCollections.unmodifiableObservableList(organisations);
    private final ObservableList<String> people = FXCollections.observableArrayList();
    private final ObservableList<String> peopleShown = FXCollections.unmodifiableObservableList(people);
    private Choices choices = new Choices(Map.of(), Map.of());

    public StringProperty vendor() {
        return vendor;
    }

    public StringProperty owner() {
        return owner;
    }

    public StringProperty setUpBy() {
        return setUpBy;
    }

    /** Organisation names, "" (none) first. */
    public ObservableList<String> organisations() {
        return organisationsShown;
    }

    /** People's names, "" (none) first. */
    public ObservableList<String> people() {
        return peopleShown;
    }

    void clear() {
        List.of(vendor, owner, setUpBy).forEach(p -> p.set(""));
    }

    /** The choices as read; the links of {@code asset} (null for a new one) by name. */
    void show(Choices read, Asset asset) {
        choices = read;
        organisations.setAll(withNone(read.organisations().keySet().stream()));
        people.setAll(withNone(read.people().keySet().stream()));
        if (asset != null) {
            vendor.set(nameOf(read.organisations(), asset.vendor()));
            owner.set(nameOf(read.people(), asset.owner()));
            setUpBy.set(nameOf(read.people(), asset.setUpBy()));
        }
    }

    OrganisationId vendorId(List<Violation> violations) {
        return idOf(choices.organisations(), vendor.get(), "vendor", "an organisation", violations);
    }

    PersonId ownerId(List<Violation> violations) {
        return idOf(choices.people(), owner.get(), "owner", "a person", violations);
    }

    PersonId setUpById(List<Violation> violations) {
        return idOf(choices.people(), setUpBy.get(), "setUpBy", "a person", violations);
    }

    private static <I> I idOf(Map<String, I> ids, String name, String field, String what, List<Violation> out) {
        if (name == null || name.isBlank()) {
            return null;
        }
        I id = ids.get(name);
        if (id == null) {
            out.add(new Violation(field, "\"" + name + "\" is not " + what + " in the inventory"));
        }
        return id;
    }

    private static <I> String nameOf(Map<String, I> ids, I id) {
        return ids.entrySet().stream()
                .filter(e -> e.getValue().equals(id))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse("");
    }

    private static List<String> withNone(Stream<String> names) {
        return Stream.concat(Stream.of(""), names).toList();
    }
}
