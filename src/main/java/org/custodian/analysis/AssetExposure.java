package org.custodian.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.custodian.model.Asset;
import org.custodian.model.PersonId;

/** Who can touch one asset on a day: every person reaching it, strongest level first, then by name. */
public record AssetExposure(Asset asset, LocalDate asOf, List<Reach> reaches) {
    public AssetExposure {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(asOf, "asOf");
        reaches = List.copyOf(reaches);
    }

    public Optional<Reach> reachOf(PersonId person) {
        return reaches.stream().filter(r -> r.person().id().equals(person)).findFirst();
    }

    public List<Reach> at(ExposureLevel level) {
        return reaches.stream().filter(r -> r.level() == level).toList();
    }
}
