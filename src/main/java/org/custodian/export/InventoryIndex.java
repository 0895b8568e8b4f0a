package org.custodian.export;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.custodian.model.Asset;
import org.custodian.model.AssetId;
import org.custodian.model.Group;
import org.custodian.model.GroupId;
import org.custodian.model.InventorySnapshot;
import org.custodian.model.Organisation;
import org.custodian.model.Person;
import org.custodian.model.Principal;
import org.custodian.model.Rotation;

/** Names for ids and each asset's last rotation, looked up once so large exports do not scan lists per row. */
public final class InventoryIndex {
    private final Map<Object, String> names = new HashMap<>();
    private final Map<AssetId, Asset> assets = new HashMap<>();
    private final Map<AssetId, LocalDate> lastRotated = new HashMap<>();

    public InventoryIndex(InventorySnapshot snapshot) {
        snapshot.organisations().forEach((Organisation o) -> names.put(o.id(), o.name()));
        snapshot.people().forEach((Person p) -> names.put(p.id(), p.name()));
        snapshot.groups().forEach((Group g) -> names.put(g.id(), g.name()));
        for (Asset asset : snapshot.assets()) {
            names.put(asset.id(), asset.name());
            assets.put(asset.id(), asset);
        }
        for (Rotation rotation : snapshot.rotations()) {
            lastRotated.merge(rotation.asset(), rotation.on(), (a, b) -> a.isAfter(b) ? a : b);
        }
    }

    /** The name of a person, group, organisation or asset, or null for a null id. */
    public String name(Object id) {
        return id == null ? null : names.getOrDefault(id, id.toString());
    }

    /** "Person" or "Group", so a reader can tell the two apart in a holder column. */
    public static String principalKind(Principal principal) {
        return principal instanceof GroupId ? "Group" : "Person";
    }

    public Asset asset(AssetId id) {
        return id == null ? null : assets.get(id);
    }

    public LocalDate lastRotated(AssetId asset) {
        return lastRotated.get(asset);
    }
}
