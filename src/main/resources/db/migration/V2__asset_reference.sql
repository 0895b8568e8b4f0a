-- Where an asset came from outside Custodian: a password vault's entry id (KeePass entry UUID, Bitwarden
-- item id), so that importing the same vault again updates the asset instead of adding a second one.
-- A reference names an entry, never anything secret in it. (V2 is left to another change.)
CREATE TABLE asset_reference (
    reference   VARCHAR(400) PRIMARY KEY,
    asset_id    UUID NOT NULL REFERENCES asset(id)
);

CREATE INDEX asset_reference_asset ON asset_reference(asset_id);
