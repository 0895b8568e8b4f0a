package org.custodian.storage;

import java.util.UUID;
import org.custodian.model.AssetId;
import org.custodian.model.GroupId;
import org.custodian.model.OrganisationId;
import org.custodian.model.PersonId;
import org.custodian.model.Principal;

/** Null-safe conversions between typed ids and enums in the model and plain columns. */
final class Columns {
    private Columns() {}

    static String text(Enum<?> value) {
        return value == null ? null : value.name();
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    static UUID person(Principal principal) {
        return principal instanceof PersonId p ? p.value() : null;
    }

    static UUID group(Principal principal) {
        return principal instanceof GroupId g ? g.value() : null;
    }

    static Principal principal(UUID person, UUID group) {
        return person != null ? new PersonId(person) : new GroupId(group);
    }

    static UUID id(PersonId id) {
        return id == null ? null : id.value();
    }

    static UUID id(OrganisationId id) {
        return id == null ? null : id.value();
    }

    static UUID id(AssetId id) {
        return id == null ? null : id.value();
    }

    static PersonId personId(UUID value) {
        return value == null ? null : new PersonId(value);
    }

    static OrganisationId organisationId(UUID value) {
        return value == null ? null : new OrganisationId(value);
    }

    static AssetId assetId(UUID value) {
        return value == null ? null : new AssetId(value);
    }
}
