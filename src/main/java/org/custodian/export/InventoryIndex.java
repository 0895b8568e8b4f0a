package org.custodian.export;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.custodian.model.Asset;
import org.custodian.model.AssetId;
import org.custodian.model.GroupId;
import org.custodian.model.InventorySnapshot;
import org.custodian.model.NameIndex;
import org.custodian.model.NamedId;
import org.custodian.model.Principal;
import org.custodian.model.Rotation;

/** Names for ids and each asset's last rotation, looked up once so large exports do not scan lists per row. */
public final class InventoryIndex {
    private final NameIndex names;
    private final Map<AssetId, Asset> assets = new HashMap<>();
    private final Map<AssetId, LocalDate> lastRotated = new HashMap<>();

    public InventoryIndex(InventorySnapshot snapshot) {
        names = NameIndex.of(snapshot);
        for (Asset asset : snapshot.assets()) {
            assets.put(asset.id(), asset);
        }
        for (Rotation rotation : snapshot.rotations()) {
            lastRotated.merge(rotation.asset(), rotation.on(), (a, b) -> a.isAfter(b) ? a : b);
        }
    }

    /** The name of a person, group, organisation or asset, or null for a null id. */
    public String name(NamedId id) {
        return id == null ? null : names.nameOr(id, id.toString());
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
