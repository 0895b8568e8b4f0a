package org.custodian.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.custodian.model.Asset;
import org.custodian.model.AssetDetails;
import org.custodian.model.AssetId;
import org.custodian.model.AssetSubtype;
import org.custodian.model.Criticality;
import org.custodian.model.GrantKind;
import org.custodian.model.OrganisationId;
import org.custodian.model.RotationKind;

/** An asset in a {@link Fixture}: medium criticality and default details unless told otherwise. */
final class FixtureAsset {
    private final Fixture fixture;
    private final String name;
    private final AssetId id;
    private final AssetSubtype subtype;
    private Criticality criticality = Criticality.MEDIUM;
    private AssetDetails details;
    private FixturePerson owner;
    private FixturePerson setUpBy;
    private OrganisationId vendor;
    private Integer rotationIntervalDays;
    private String recoveryEmail;
    private String recoveryPhone;

    FixtureAsset(Fixture fixture, String name, AssetSubtype subtype) {
        this.fixture = fixture;
        this.name = name;
        this.subtype = subtype;
        this.id = new AssetId(Fixture.uuid("asset", name));
        this.details = AssetDetails.none(subtype.kind());
    }

    AssetId id() {
        return id;
    }

    String name() {
        return name;
    }

    FixtureAsset unlocks(FixtureAsset to) {
        return fixture.grant(this, GrantKind.UNLOCKS, to, Fixture.START, null);
    }

    FixtureAsset canReset(FixtureAsset to) {
        return fixture.grant(this, GrantKind.CAN_RESET, to, Fixture.START, null);
    }

    FixtureAsset administers(FixtureAsset to) {
        return fixture.grant(this, GrantKind.ADMINISTERS, to, Fixture.START, null);
    }

    FixtureAsset opens(FixtureAsset to) {
        return fixture.grant(this, GrantKind.PHYSICALLY_OPENS, to, Fixture.START, null);
    }

    FixtureAsset rotated(LocalDate on) {
        return changed(RotationKind.ROTATED, on);
    }

    FixtureAsset changed(RotationKind kind, LocalDate on) {
        fixture.rotate(this, kind, on);
        return this;
    }

    FixtureAsset critical() {
        return criticality(Criticality.CRITICAL);
    }

    FixtureAsset criticality(Criticality level) {
        criticality = level;
        return this;
    }

    FixtureAsset copies(int issued, int returned) {
        details = new AssetDetails.PhysicalKey("K-" + name, null, issued, returned);
        return this;
    }

    FixtureAsset personal(boolean personal) {
        details = new AssetDetails.PrivilegedAccount(personal);
        return this;
    }

    FixtureAsset hosting(LocalDate renewal, LocalDate expiry) {
        details = new AssetDetails.HostingLogin(renewal, expiry);
        return this;
    }

    FixtureAsset authority(LocalDate renewal, LocalDate expiry) {
        details = new AssetDetails.PurchasingAuthority("Card " + name, BigDecimal.TEN, renewal, expiry);
        return this;
    }

    FixtureAsset owner(FixturePerson person) {
        owner = person;
        return this;
    }

    FixtureAsset setUpBy(FixturePerson person) {
        setUpBy = person;
        return this;
    }

    FixtureAsset vendor(OrganisationId organisation) {
        vendor = organisation;
        return this;
    }

    FixtureAsset rotateEvery(int days) {
        rotationIntervalDays = days;
        return this;
    }

    FixtureAsset recoveryEmail(String email) {
        recoveryEmail = email;
        return this;
    }

    FixtureAsset recoveryPhone(String phone) {
        recoveryPhone = phone;
        return this;
    }

    Asset build() {
        return new Asset(
                id,
                name,
                subtype,
                criticality,
                null,
                vendor,
                owner == null ? null : owner.id(),
                setUpBy == null ? null : setUpBy.id(),
                rotationIntervalDays,
                null,
                null,
                recoveryEmail,
                recoveryPhone,
                null,
                details);
    }
}
