package org.custodian.analysis;

import java.util.List;
import java.util.Objects;
import org.custodian.model.Asset;
import org.custodian.model.Person;

/**
 * One asset an organisation reaches: the strongest, shortest reach among its people, and everyone in the
 * organisation who reaches it at all ({@code through}, in name order).
 */
public record OrganisationReach(Reach best, List<Person> through) {
    private static final int NAMED_OTHERS = 5;

    public OrganisationReach {
        Objects.requireNonNull(best, "best");
        through = through instanceof PeopleSubset ? through : List.copyOf(through);
        if (through.isEmpty()) {
            throw new IllegalArgumentException("An organisation reaches an asset through at least one person");
        }
    }

    public Asset asset() {
        return best.asset();
    }

    public ExposureLevel level() {
        return best.level();
    }

    /** The best reach's sentence, naming a few of the others who also reach the asset. */
    public String sentence() {
        List<String> others = through.stream()
                .filter(p -> !p.id().equals(best.person().id()))
                .limit(NAMED_OTHERS + 1L)
                .map(Person::name)
                .toList();
        if (others.isEmpty()) {
            return best.sentence();
        }
        int unnamed = through.size() - 1 - Math.min(others.size(), NAMED_OTHERS);
        String named = String.join(", ", others.subList(0, Math.min(others.size(), NAMED_OTHERS)));
        return best.sentence() + " (also reachable by " + named + (unnamed > 0 ? " and " + unnamed + " more" : "")
                + ")";
    }
}
