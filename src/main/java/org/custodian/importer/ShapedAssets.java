package org.custodian.importer;

import static org.custodian.importer.SpreadsheetContent.or;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.custodian.model.Asset;
import org.custodian.model.AssetId;
import org.custodian.model.AssetKind;
import org.custodian.model.AssetSubtype;
import org.custodian.model.Criticality;
import org.custodian.model.OrganisationId;
import org.custodian.model.OrganisationKind;
import org.custodian.model.Person;
import org.custodian.model.PersonId;

/**
 * A row of a user's asset list (an account register, a key list, a card list) as an asset. The kind column
 * may hold a kind or a subtype ("Wi-Fi key" says both); a new asset without a criticality is MEDIUM. Owner
 * and "set up by" must name people the inventory already has; a vendor is linked or added as a supplier.
 */
final class ShapedAssets {
    private ShapedAssets() {}

    static void read(MappedRow r, SpreadsheetContent content) {
        String name = r.text("name");
        if (name == null) {
            r.problem("name", "a name is required; fill it in or leave the row out.");
            return;
        }
        if (!content.firstTime(r, name, "name")) {
            return;
        }
        Asset old = content.existingAssets.get(name.toLowerCase(Locale.ROOT));
        AssetSubtype subtype = subtype(r, old);
        String vendorName = r.text("vendor");
        OrganisationId vendor = vendorName == null
                ? old == null ? null : old.vendor()
                : content.organisation(vendorName, OrganisationKind.SUPPLIER).id();
        PersonId owner = person(r, "owner", content.existingPeople, old == null ? null : old.owner());
        PersonId setUpBy = person(r, "set_up_by", content.existingPeople, old == null ? null : old.setUpBy());
        Criticality criticality = r.choice("criticality", Criticality.class);
        if (subtype == null) {
            return;
        }
        Asset asset = r.build(() -> new Asset(
                old == null ? AssetId.random() : old.id(),
                old == null ? name : old.name(),
                subtype,
                or(criticality, old == null ? null : old.criticality(), Criticality.MEDIUM),
                or(r.text("system"), old == null ? null : old.system(), null),
                vendor,
                owner,
                setUpBy,
                or(r.integer("rotation_interval_days"), old == null ? null : old.rotationIntervalDays(), null),
                or(r.text("rotation_procedure"), old == null ? null : old.rotationProcedure(), null),
                or(r.text("value_location"), old == null ? null : old.valueLocation(), null),
                or(r.text("recovery_email"), old == null ? null : old.recoveryEmail(), null),
                or(r.text("recovery_phone"), old == null ? null : old.recoveryPhone(), null),
                or(r.text("notes"), old == null ? null : old.notes(), null),
                ShapedAssetDetails.of(
                        r, subtype.kind(), old == null || old.kind() != subtype.kind() ? null : old.details())));
        if (asset != null) {
            content.assets.add(asset);
        }
    }

    private static PersonId person(MappedRow r, String field, Map<String, Person> people, PersonId kept) {
        if (r.text(field) == null) {
            return kept;
        }
        Person person = r.ref(field, people, "a person");
        return person == null ? null : person.id();
    }

    /** The subtype from the kind and subtype columns, or the inventory's; a wrong one names the right ones. */
    private static AssetSubtype subtype(MappedRow r, Asset old) {
        String kindCell = r.text("kind");
        AssetKind kind = kindCell == null ? null : MappedRow.match(kindCell, AssetKind.class);
        AssetSubtype subtype = kindCell == null || kind != null ? null : MappedRow.match(kindCell, AssetSubtype.class);
        if (kindCell != null && kind == null && subtype == null) {
            r.problem(
                    "kind",
                    "\"" + kindCell + "\" is neither a kind (" + Arrays.toString(AssetKind.values())
                            + ") nor a subtype such as WIFI_KEY or KEY.");
            return null;
        }
        kind = subtype != null ? subtype.kind() : kind;
        String subtypeCell = r.text("subtype");
        if (subtypeCell != null) {
            AssetSubtype named = MappedRow.match(subtypeCell, AssetSubtype.class);
            if (named == null || kind != null && named.kind() != kind) {
                r.problem(
                        "subtype",
                        "\"" + subtypeCell + "\" is not a subtype" + (kind == null ? "" : " of " + kind)
                                + "; use one of "
                                + (kind == null ? Arrays.toString(AssetSubtype.values()) : AssetSubtype.of(kind))
                                + ".");
                return null;
            }
            return named;
        }
        if (subtype != null) {
            return subtype;
        }
        if (old != null && (kind == null || old.kind() == kind)) {
            return old.subtype();
        }
        if (kind == null) {
            r.problem(
                    "kind", "a kind is required for a new asset: one of " + Arrays.toString(AssetKind.values()) + ".");
        } else {
            r.problem(
                    "subtype",
                    kind + " needs a subtype: one of " + AssetSubtype.of(kind)
                            + ". Fill in a subtype column, or put the subtype in the kind column.");
        }
        return null;
    }
}
