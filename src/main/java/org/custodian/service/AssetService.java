package org.custodian.service;

import java.util.List;
import org.custodian.model.Asset;
import org.custodian.model.Rotation;
import org.custodian.model.ValidationException;
import org.custodian.model.Violation;
import org.custodian.storage.Database;

/** Registering assets and recording that they were rotated or re-keyed. */
public final class AssetService {
    private final Database database;
    private final Repositories repositories;

    AssetService(Database database, Repositories repositories) {
        this.database = database;
        this.repositories = repositories;
    }

    public void registerAsset(Asset asset) {
        database.write(tx -> {
            Names.requireUnique(repositories.assets().findAll(tx), Asset::name, Asset::id, asset, "an asset");
            repositories.assets().add(tx, asset);
            return null;
        });
    }

    public void updateAsset(Asset asset) {
        database.write(tx -> {
            Names.requireUnique(repositories.assets().findAll(tx), Asset::name, Asset::id, asset, "an asset");
            repositories.assets().update(tx, asset);
            return null;
        });
    }

    /** This is what ends "still knows" for everyone whose custody ended before the rotation. */
    public void recordRotation(Rotation rotation) {
        database.write(tx -> {
            if (repositories.assets().find(tx, rotation.asset()).isEmpty()) {
                throw new ValidationException(
                        List.of(new Violation("asset", "The rotated asset is not in the inventory")));
            }
            repositories.rotations().add(tx, rotation);
            return null;
        });
    }

    public List<Asset> assets() {
        return database.read(repositories.assets()::findAll);
    }

    public List<Rotation> rotations() {
        return database.read(repositories.rotations()::findAll);
    }

    public Asset assetNamed(String name) {
        return Names.require(assets(), Asset::name, name, "asset");
    }
}
