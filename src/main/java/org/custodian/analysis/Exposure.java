package org.custodian.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.custodian.model.AssetId;
import org.custodian.model.Person;

/** Everything one person reaches on a day, strongest level first, then by asset name. */
public record Exposure(Person person, LocalDate asOf, List<Reach> reaches) {
    public Exposure {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(asOf, "asOf");
        reaches = List.copyOf(reaches);
    }

    /** Looks the asset up by scanning; fine for a screen, use {@link #reaches()} to go over all of them. */
    public Optional<Reach> reachOf(AssetId asset) {
        return reaches.stream().filter(r -> r.asset().id().equals(asset)).findFirst();
    }

    public List<Reach> at(ExposureLevel level) {
        return reaches.stream().filter(r -> r.level() == level).toList();
    }
}
