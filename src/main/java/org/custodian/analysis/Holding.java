package org.custodian.analysis;

import java.time.LocalDate;
import java.util.Objects;
import org.custodian.model.Asset;
import org.custodian.model.Custody;
import org.custodian.model.CustodyRole;
import org.custodian.model.Group;
import org.custodian.model.Person;

/**
 * A person's custody of an asset, their own or through a group ({@code through}, else null), with the
 * level it gives on the as-of day. {@code ended} is the day the link ended, or null while it lasts.
 */
public record Holding(
        Person person, Asset asset, Custody custody, Group through, ExposureLevel level, LocalDate ended) {
    public Holding {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(custody, "custody");
        Objects.requireNonNull(level, "level");
    }

    public CustodyRole role() {
        return custody.role();
    }

    public boolean current() {
        return level == ExposureLevel.CAN_REACH_NOW;
    }
}
