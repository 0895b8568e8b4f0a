package org.custodian.storage;

import static org.custodian.storage.schema.Tables.ASSET;

import java.util.List;
import java.util.Optional;
import org.custodian.model.Asset;
import org.custodian.model.AssetDetails;
import org.custodian.model.AssetDetails.AlarmCode;
import org.custodian.model.AssetDetails.HostingLogin;
import org.custodian.model.AssetDetails.NetworkAllowance;
import org.custodian.model.AssetDetails.PhoneSystem;
import org.custodian.model.AssetDetails.PhysicalKey;
import org.custodian.model.AssetDetails.PrivilegedAccount;
import org.custodian.model.AssetDetails.PurchasingAuthority;
import org.custodian.model.AssetDetails.SharedSecret;
import org.custodian.model.AssetId;
import org.custodian.model.AssetSubtype;
import org.custodian.model.Criticality;
import org.custodian.storage.schema.tables.records.AssetRecord;

/** Assets in one table: common columns plus the kind-specific ones, NULL where a kind has none. */
public final class AssetRepository {
    public void add(Tx tx, Asset asset) {
        tx.dsl().executeInsert(toRecord(asset));
        tx.audit("CREATE", "asset", asset.id(), null, asset);
    }

    /** Many new assets at once: the same rows and audit entries as {@link #add} for each, in order. */
    public void addAll(Tx tx, List<Asset> assets) {
        BulkInsert.created(tx, ASSET, "asset", assets, AssetRepository::toRecord, Asset::id);
    }

    public void update(Tx tx, Asset asset) {
        Asset before = find(tx, asset.id()).orElseThrow();
        tx.dsl().executeUpdate(toRecord(asset));
        tx.audit("UPDATE", "asset", asset.id(), before, asset);
    }

    public Optional<Asset> find(Tx tx, AssetId id) {
        return tx.dsl()
                .selectFrom(ASSET)
                .where(ASSET.ID.eq(id.value()))
                .fetchOptional()
                .map(AssetRepository::toModel);
    }

    public List<Asset> findAll(Tx tx) {
        return tx.dsl().selectFrom(ASSET).orderBy(ASSET.NAME).fetch(AssetRepository::toModel);
    }

    private static AssetRecord toRecord(Asset a) {
        AssetRecord r = new AssetRecord();
        r.setId(a.id().value());
        r.setName(a.name());
        r.setKind(a.kind().name());
        r.setSubtype(a.subtype().name());
        r.setSystem(a.system());
        r.setVendorId(Columns.id(a.vendor()));
        r.setCriticality(a.criticality().name());
        r.setOwnerId(Columns.id(a.owner()));
        r.setSetUpById(Columns.id(a.setUpBy()));
        r.setRotationIntervalDays(a.rotationIntervalDays());
        r.setRotationProcedure(a.rotationProcedure());
        r.setValueLocation(a.valueLocation());
        r.setRecoveryEmail(a.recoveryEmail());
        r.setRecoveryPhone(a.recoveryPhone());
        r.setNotes(a.notes());
        writeDetails(r, a.details());
        r.changed(true);
        return r;
    }

    private static void writeDetails(AssetRecord r, AssetDetails details) {
        if (details instanceof PrivilegedAccount d) {
            r.setPersonalAccount(d.personalAccount());
        } else if (details instanceof HostingLogin d) {
            r.setRenewalDate(d.renewalDate());
            r.setExpiryDate(d.expiryDate());
        } else if (details instanceof PhysicalKey d) {
            r.setKeyNumber(d.keyNumber());
            r.setOpens(d.opens());
            r.setCopiesIssued(d.copiesIssued());
            r.setCopiesReturned(d.copiesReturned());
        } else if (details instanceof AlarmCode d) {
            r.setOpens(d.panel());
        } else if (details instanceof PurchasingAuthority d) {
            r.setReference(d.reference());
            r.setSpendingLimit(d.spendingLimit());
            r.setRenewalDate(d.renewalDate());
            r.setExpiryDate(d.expiryDate());
        } else if (details instanceof NetworkAllowance d) {
            r.setAllowedAddress(d.allowedAddress());
        } else if (details instanceof PhoneSystem d) {
            r.setReference(d.reference());
        }
    }

    private static Asset toModel(AssetRecord r) {
        AssetSubtype subtype = AssetSubtype.valueOf(r.getSubtype());
        return new Asset(
                new AssetId(r.getId()),
                r.getName(),
                subtype,
                Columns.enumOf(Criticality.class, r.getCriticality()),
                r.getSystem(),
                Columns.organisationId(r.getVendorId()),
                Columns.personId(r.getOwnerId()),
                Columns.personId(r.getSetUpById()),
                r.getRotationIntervalDays(),
                r.getRotationProcedure(),
                r.getValueLocation(),
                r.getRecoveryEmail(),
                r.getRecoveryPhone(),
                r.getNotes(),
                readDetails(subtype, r));
    }

    private static AssetDetails readDetails(AssetSubtype subtype, AssetRecord r) {
        return switch (subtype.kind()) {
            case PRIVILEGED_ACCOUNT -> new PrivilegedAccount(Boolean.TRUE.equals(r.getPersonalAccount()));
            case SHARED_SECRET -> new SharedSecret();
            case HOSTING_LOGIN -> new HostingLogin(r.getRenewalDate(), r.getExpiryDate());
            case PHYSICAL_KEY ->
                new PhysicalKey(
                        r.getKeyNumber(),
                        r.getOpens(),
                        zeroIfNull(r.getCopiesIssued()),
                        zeroIfNull(r.getCopiesReturned()));
            case ALARM_CODE -> new AlarmCode(r.getOpens());
            case PURCHASING_AUTHORITY ->
                new PurchasingAuthority(r.getReference(), r.getSpendingLimit(), r.getRenewalDate(), r.getExpiryDate());
            case NETWORK_ALLOWANCE -> new NetworkAllowance(r.getAllowedAddress());
            case PHONE_SYSTEM -> new PhoneSystem(r.getReference());
        };
    }

    private static int zeroIfNull(Integer value) {
        return value == null ? 0 : value;
    }
}
