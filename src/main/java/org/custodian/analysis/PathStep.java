package org.custodian.analysis;

import java.time.LocalDate;
import java.util.Objects;
import org.custodian.model.AssetId;
import org.custodian.model.AssetKind;
import org.custodian.model.CustodyRole;
import org.custodian.model.GrantKind;
import org.custodian.model.GroupId;
import org.custodian.model.PersonId;

/**
 * One link of the chain that explains why a person reaches an asset: the person, the groups they are
 * in, the asset their custody is on, then each grant followed. Reports and screens show it as written.
 */
public sealed interface PathStep {
    String name();

    /** The person the path starts from. */
    record PersonStep(PersonId person, String name) implements PathStep {
        public PersonStep {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(name, "name");
        }
    }

    /** Membership of a group; {@code until} is set when that membership had ended by the as-of date. */
    record GroupStep(GroupId group, String name, LocalDate until) implements PathStep {
        public GroupStep {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * Custody of an asset in a role; {@code until} is set when this link had ended by the as-of date,
     * and {@code standing} says in words why it still counts or no longer does.
     */
    record CustodyStep(AssetId asset, String name, AssetKind kind, CustodyRole role, LocalDate until, String standing)
            implements PathStep {
        public CustodyStep {
            Objects.requireNonNull(asset, "asset");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(role, "role");
        }
    }

    /** A grant followed from the previous asset to this one. */
    record GrantStep(GrantKind kind, AssetId asset, String name) implements PathStep {
        public GrantStep {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(asset, "asset");
            Objects.requireNonNull(name, "name");
        }
    }
}
