package org.custodian.service;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.custodian.analysis.ExposureLevel;
import org.custodian.analysis.Reach;
import org.custodian.model.*;
import org.custodian.storage.KdfPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the window's forms write, through the services, into a real encrypted inventory that is closed and opened
 * again: organisations edited, history on past dates, and every refusal leaving nothing written.
 */
class DataEntryServicesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final char[] PASSPHRASE = "a long pass phrase".toCharArray();

    @TempDir
    Path temp;

    private final InventoryFiles files = new InventoryFiles(KdfPolicy.fastForTests(), CLOCK, "tester");

    @Test
    void anOrganisationIsEditedInPlaceAuditedAndKeptByItsPeople() {
        Path folder = temp.resolve("inv");
        OrganisationId id = OrganisationId.random();
        try (Inventory inventory = files.create(folder, "Acme", PASSPHRASE)) {
            inventory
                    .people()
                    .registerOrganisation(new Organisation(id, "Fellside IT", OrganisationKind.OTHER, null, null));
            inventory
                    .people()
                    .registerOrganisation(new Organisation(
                            OrganisationId.random(), "Voxline", OrganisationKind.SUPPLIER, null, null));
            inventory.people().registerPerson(provider("Kevin Dale", id));
            inventory
                    .people()
                    .updateOrganisation(new Organisation(
                            id,
                            "Fellside IT Services",
                            OrganisationKind.IT_PROVIDER,
                            "+44 20 7946 0123",
                            "Contract ends"));
            ValidationException taken = assertThrows(
                    ValidationException.class,
                    () -> inventory
                            .people()
                            .updateOrganisation(
                                    new Organisation(id, "voxline", OrganisationKind.IT_PROVIDER, null, null)));
            assertEquals(
                    "There is already an organisation called \"voxline\"; choose another name", taken.getMessage());
            AuditEntry last = inventory.recentChanges(1).get(0);
            assertEquals("UPDATE", last.action());
            assertEquals("organisation", last.entityType());
        }
        try (Inventory reopened = files.open(folder, PASSPHRASE)) {
            Organisation saved = reopened.people().organisationNamed("Fellside IT Services");
            assertEquals(id, saved.id());
            assertEquals(OrganisationKind.IT_PROVIDER, saved.kind());
            assertEquals("+44 20 7946 0123", saved.contact());
            assertEquals("Contract ends", saved.notes());
            assertEquals(id, reopened.people().personNamed("Kevin Dale").organisation());
            assertTrue(reopened.check().healthy());
        }
    }

    @Test
    void historyOnPastDatesIsKeptAndARotationBeforeTheEndLeavesThemKnowingIt() {
        Path folder = temp.resolve("inv");
        OrganisationId fellside = OrganisationId.random();
        Person kevin = provider("Kevin Dale", fellside);
        Asset wifi = asset("Office Wi-Fi key");
        Custody held = new Custody(
                CustodyId.random(),
                wifi.id(),
                kevin.id(),
                CustodyRole.HOLDS,
                TODAY.minusYears(5),
                null,
                null,
                null,
                "set it up");
        try (Inventory inventory = files.create(folder, "Acme", PASSPHRASE)) {
            inventory
                    .people()
                    .registerOrganisation(new Organisation(
                            fellside, "Fellside IT Services", OrganisationKind.IT_PROVIDER, null, null));
            inventory.people().registerPerson(kevin);
            inventory.assets().registerAsset(wifi);
            inventory.custody().recordHandover(held);
            inventory
                    .assets()
                    .recordRotation(new Rotation(
                            RotationId.random(),
                            wifi.id(),
                            RotationKind.ROTATED,
                            TODAY.minusYears(3),
                            kevin.id(),
                            "new key"));
            inventory.custody().endCustody(held.id(), TODAY.minusYears(2), EndReason.LEFT);
        }
        try (Inventory reopened = files.open(folder, PASSPHRASE)) {
            Custody ended = reopened.custody().custody().get(0);
            assertEquals(TODAY.minusYears(5), ended.from());
            assertEquals(TODAY.minusYears(2), ended.until());
            assertEquals(EndReason.LEFT, ended.endReason());
            assertEquals("set it up", ended.note());
            Rotation rotation = reopened.assets().rotations().get(0);
            assertEquals(kevin.id(), rotation.by());
            assertEquals("new key", rotation.note());
            List<Reach> reaches = reopened.exposure()
                    .exposureOf(kevin.id(), ReachQuery.today())
                    .reaches();
            assertEquals(1, reaches.size());
            assertEquals(ExposureLevel.STILL_KNOWS, reaches.get(0).level(), "rotated before he left, so he knows");
            assertEquals(
                    ExposureLevel.STILL_KNOWS,
                    reopened.exposure()
                            .exposureOf(fellside, ReachQuery.today())
                            .reaches()
                            .get(0)
                            .level(),
                    "and so does his organisation");
            reopened.assets()
                    .recordRotation(new Rotation(
                            RotationId.random(), wifi.id(), RotationKind.ROTATED, TODAY.minusYears(1), null, null));
            assertTrue(
                    reopened.exposure()
                            .exposureOf(kevin.id(), ReachQuery.today())
                            .reaches()
                            .isEmpty(),
                    "a rotation after he left ends it");
        }
    }

    @Test
    void endingBeforeTheStartIsRefusedBesideTheFieldAndWritesNothing() {
        Person ann = person("Ann Example");
        Asset key = asset("Store key");
        Group admins = new Group(GroupId.random(), "Admins", null);
        Membership member = new Membership(MembershipId.random(), admins.id(), ann.id(), TODAY.minusYears(1), null);
        Custody custody = new Custody(
                CustodyId.random(), key.id(), ann.id(), CustodyRole.HOLDS, TODAY.minusMonths(6), null, null, 2, null);
        Grant grant = new Grant(GrantId.random(), key.id(), asset("Safe").id(), GrantKind.UNLOCKS, TODAY, null, null);
        try (Inventory inventory = files.create(temp.resolve("inv"), "Acme", PASSPHRASE)) {
            inventory.people().registerPerson(ann);
            inventory.assets().registerAsset(key);
            inventory
                    .assets()
                    .registerAsset(new Asset(
                            grant.to(),
                            "Safe",
                            AssetSubtype.SAFE_COMBINATION,
                            Criticality.HIGH,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null));
            inventory.groups().createGroup(admins);
            inventory.groups().addMember(member);
            inventory.custody().recordHandover(custody);
            inventory.custody().grantAccess(grant);
            long changes = inventory.recentChanges(1).get(0).seq();

            assertViolation(
                    "until",
                    "A membership cannot end before it starts",
                    () -> inventory.groups().endMembership(member.id(), TODAY.minusYears(2)));
            assertViolation(
                    "until",
                    "Custody cannot end before it starts",
                    () -> inventory.custody().endCustody(custody.id(), TODAY.minusYears(1), EndReason.RETURNED));
            assertViolation(
                    "until",
                    "A grant cannot end before it starts",
                    () -> inventory.custody().endGrant(grant.id(), TODAY.minusDays(1)));
            assertEquals(changes, inventory.recentChanges(1).get(0).seq(), "nothing was written");

            inventory.custody().endGrant(grant.id(), TODAY);
            assertViolation(
                    "until",
                    "This grant already ended on " + TODAY,
                    () -> inventory.custody().endGrant(grant.id(), TODAY));
            assertEquals(2, inventory.custody().custody().get(0).copies());
        }
    }

    @Test
    void everyAssetFieldIsEditableAfterCreation() {
        Path folder = temp.resolve("inv");
        Person helen = person("Helen Hartwell");
        OrganisationId bank = OrganisationId.random();
        Asset card = new Asset(
                AssetId.random(),
                "Company card",
                AssetSubtype.COMPANY_CARD,
                Criticality.HIGH,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        try (Inventory inventory = files.create(folder, "Acme", PASSPHRASE)) {
            inventory.people().registerPerson(helen);
            inventory.people().registerOrganisation(new Organisation(bank, "Bank", OrganisationKind.BANK, null, null));
            inventory.assets().registerAsset(card);
            inventory
                    .assets()
                    .updateAsset(new Asset(
                            card.id(),
                            "Company card",
                            AssetSubtype.COMPANY_CARD,
                            Criticality.CRITICAL,
                            "Online banking",
                            bank,
                            helen.id(),
                            helen.id(),
                            365,
                            "Ask the bank",
                            "Helen's wallet",
                            "accounts@acme.example",
                            "+44 7700 900123",
                            "Pays the domains",
                            new AssetDetails.PurchasingAuthority(
                                    "Visa ending 4417",
                                    new BigDecimal("5000.00"),
                                    TODAY.plusMonths(6),
                                    TODAY.plusMonths(1))));
        }
        try (Inventory reopened = files.open(folder, PASSPHRASE)) {
            Asset saved = reopened.assets().assetNamed("Company card");
            assertEquals(bank, saved.vendor());
            assertEquals(helen.id(), saved.owner());
            assertEquals(helen.id(), saved.setUpBy());
            assertEquals(365, saved.rotationIntervalDays());
            assertEquals("Ask the bank", saved.rotationProcedure());
            assertEquals("+44 7700 900123", saved.recoveryPhone());
            assertEquals("Pays the domains", saved.notes());
            AssetDetails.PurchasingAuthority details = (AssetDetails.PurchasingAuthority) saved.details();
            assertEquals(0, new BigDecimal("5000").compareTo(details.spendingLimit()));
            assertEquals(TODAY.plusMonths(1), details.expiryDate());
        }
    }

    private static void assertViolation(String field, String message, Runnable change) {
        ValidationException e = assertThrows(ValidationException.class, change::run);
        assertEquals(List.of(new Violation(field, message)), e.violations());
    }

    private static Person person(String name) {
        return new Person(
                PersonId.random(),
                name,
                PersonKind.EMPLOYEE,
                null,
                null,
                PersonStatus.ACTIVE,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private static Person provider(String name, OrganisationId organisation) {
        return new Person(
                PersonId.random(),
                name,
                PersonKind.EXTERNAL_PROVIDER,
                organisation,
                "Technician",
                PersonStatus.ACTIVE,
                null,
                null,
                null,
                null,
                List.of(new UserName("Domain", "kdale"), new UserName("Microsoft 365", "kevin.dale")),
                null);
    }

    private static Asset asset(String name) {
        return new Asset(
                AssetId.random(),
                name,
                AssetSubtype.WIFI_KEY,
                Criticality.HIGH,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
