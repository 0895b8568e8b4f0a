package org.custodian.service;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.custodian.model.*;
import org.custodian.storage.KdfPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Use cases on a real encrypted inventory in a temp folder. */
class InventoryServicesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path temp;

    private final InventoryFiles files = new InventoryFiles(KdfPolicy.fastForTests(), CLOCK, "tester");

    @Test
    void theDemoInventoryIsCompleteAndPassesItsCheck() {
        try (Inventory demo = files.createDemo(temp.resolve("demo"))) {
            CheckReport report = demo.check();
            assertTrue(report.healthy(), report.problems().toString());
            assertEquals(15, report.counts().get("people"));
            assertTrue(report.counts().get("assets") >= 60);
            assertTrue(report.counts().get("custody records") >= 100);
            InventorySnapshot snapshot = demo.snapshot();
            assertTrue(
                    snapshot.custody().stream().anyMatch(c -> c.until() != null), "ended custody is part of the story");
            assertTrue(snapshot.grants().size() >= 40);
        }
        assertTrue(files.isDemo(temp.resolve("demo")));
    }

    @Test
    void namesAreUniqueAndTheMessageSaysWhich() {
        try (Inventory inventory = files.create(temp.resolve("inv"), "Acme", "a long pass phrase".toCharArray())) {
            inventory.people().registerPerson(person("Ann Example"));
            ValidationException e = assertThrows(
                    ValidationException.class, () -> inventory.people().registerPerson(person("ann example")));
            assertEquals("There is already a person called \"ann example\"; choose another name", e.getMessage());
            assertEquals(1, inventory.people().people().size());
        }
    }

    @Test
    void unknownNamesSuggestTheClosestOnes() {
        try (Inventory demo = files.createDemo(temp.resolve("demo"))) {
            NotFoundException e =
                    assertThrows(NotFoundException.class, () -> demo.people().personNamed("Kevin Dal"));
            assertTrue(e.getMessage().contains("Closest: Kevin Dale"), e.getMessage());
        }
    }

    @Test
    void servicesTakeIdsAndOneNameIndexNamesEveryKind() {
        try (Inventory demo = files.createDemo(temp.resolve("demo"))) {
            InventorySnapshot snapshot = demo.snapshot();
            NameIndex names = demo.names();
            Person kevin = demo.people().personNamed("Kevin Dale");
            assertEquals("Kevin Dale", names.name(kevin.id()));
            assertEquals(
                    kevin.organisation(),
                    demo.people()
                            .organisationNamed(names.name(kevin.organisation()))
                            .id());
            snapshot.groups().forEach(g -> assertEquals(g.name(), names.name(g.id())));
            snapshot.assets().forEach(a -> assertEquals(a.name(), names.name(a.id())));
            assertNull(names.name(null));
            assertEquals("?", names.nameOr(PersonId.random(), "?"));
            ReachQuery today = ReachQuery.today();
            assertEquals(
                    demo.exposure().exposureOf(kevin.id(), today).reaches().size(),
                    demo.exposure()
                            .exposureOf(snapshot, kevin.id(), today)
                            .reaches()
                            .size());
            assertTrue(demo.exposure()
                            .exposureOf(kevin.id(), new ReachQuery(TODAY, true))
                            .reaches()
                            .size()
                    >= demo.exposure().exposureOf(kevin.id(), today).reaches().size());
            NotFoundException gone =
                    assertThrows(NotFoundException.class, () -> demo.exposure().exposureOf(PersonId.random(), today));
            assertEquals("That person is not in the inventory.", gone.getMessage());
            assertThrows(NotFoundException.class, () -> demo.exposure().whoCanTouch(AssetId.random(), today));
        }
    }

    @Test
    void endingCustodyKeepsItAsHistoryAndIsAudited() {
        try (Inventory inventory = files.create(temp.resolve("inv"), "Acme", "a long pass phrase".toCharArray())) {
            Person ann = person("Ann Example");
            inventory.people().registerPerson(ann);
            Asset wifi = new Asset(
                    AssetId.random(),
                    "Office Wi-Fi",
                    AssetSubtype.WIFI_KEY,
                    Criticality.MEDIUM,
                    null,
                    null,
                    null,
                    null,
                    365,
                    null,
                    "KeePassXC IT.kdbx",
                    null,
                    null,
                    null,
                    null);
            inventory.assets().registerAsset(wifi);
            Custody custody = new Custody(
                    CustodyId.random(),
                    wifi.id(),
                    ann.id(),
                    CustodyRole.HOLDS,
                    TODAY.minusYears(1),
                    null,
                    null,
                    null,
                    null);
            inventory.custody().recordHandover(custody);
            inventory.custody().endCustody(custody.id(), TODAY, EndReason.LEFT);
            assertThrows(
                    ValidationException.class,
                    () -> inventory.custody().endCustody(custody.id(), TODAY, EndReason.LEFT));
            List<Custody> all = inventory.custody().custody();
            assertEquals(1, all.size());
            assertEquals(TODAY, all.get(0).until());
            assertEquals(EndReason.LEFT, all.get(0).endReason());
            assertEquals("END", inventory.recentChanges(1).get(0).action());
        }
    }

    @Test
    void aRotationOfAnUnknownAssetIsRefused() {
        try (Inventory inventory = files.create(temp.resolve("inv"), "Acme", "a long pass phrase".toCharArray())) {
            assertThrows(
                    ValidationException.class,
                    () -> inventory
                            .assets()
                            .recordRotation(new Rotation(
                                    RotationId.random(), AssetId.random(), RotationKind.ROTATED, TODAY, null, null)));
        }
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
                List.of(),
                null);
    }
}
