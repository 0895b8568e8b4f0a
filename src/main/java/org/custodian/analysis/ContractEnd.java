package org.custodian.analysis;

import java.time.LocalDate;
import java.util.Optional;
import org.custodian.model.InventorySnapshot;
import org.custodian.model.OrganisationId;
import org.custodian.model.Person;
import org.custodian.model.PersonStatus;

/**
 * The day an external provider's contract ends, as the inventory records it: when every one of its people
 * who has not already gone has a last day, the latest of those days. Without it a plan must be told the day.
 */
public final class ContractEnd {
    private ContractEnd() {}

    public static Optional<LocalDate> of(InventorySnapshot snapshot, OrganisationId organisation) {
        LocalDate latest = null;
        for (Person person : snapshot.people()) {
            if (!organisation.equals(person.organisation()) || person.status() == PersonStatus.DEPARTED) {
                continue;
            }
            if (person.status() != PersonStatus.LEAVING) {
                return Optional.empty();
            }
            latest = latest == null || person.lastDay().isAfter(latest) ? person.lastDay() : latest;
        }
        return Optional.ofNullable(latest);
    }
}
