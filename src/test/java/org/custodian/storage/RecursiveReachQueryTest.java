package org.custodian.storage;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.custodian.model.AssetId;
import org.custodian.model.AssetSubtype;
import org.custodian.model.Criticality;
import org.custodian.model.CustodyRole;
import org.custodian.model.GrantKind;
import org.custodian.model.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecursiveReachQueryTest {
    @TempDir
    Path temp;

    @Test
    void followsGrantChainsThroughCyclesAndStopsAtEndedCustody() {
        LocalDate day = StorageFixture.today();
        try (Database db = StorageFixture.create(temp.resolve("inv"), "a long pass phrase")) {
            Person ann = StorageFixture.person("Ann Example");
            var mailbox = asset("Recovery mailbox", AssetSubtype.MAILBOX);
            var registrar = asset("Registrar", AssetSubtype.REGISTRAR);
            var dns = asset("DNS", AssetSubtype.DNS);
            var unrelated = asset("Unrelated", AssetSubtype.WIFI_KEY);
            db.write(tx -> {
                new PersonRepository().add(tx, ann);
                for (var a : List.of(mailbox, registrar, dns, unrelated)) {
                    new AssetRepository().add(tx, a);
                }
                var custody = new CustodyRepository();
                custody.add(
                        tx,
                        new org.custodian.model.Custody(
                                org.custodian.model.CustodyId.random(),
                                mailbox.id(),
                                ann.id(),
                                CustodyRole.HOLDS,
                                day.minusDays(10),
                                null,
                                null,
                                null,
                                null));
                custody.add(
                        tx,
                        new org.custodian.model.Custody(
                                org.custodian.model.CustodyId.random(),
                                unrelated.id(),
                                ann.id(),
                                CustodyRole.HOLDS,
                                day.minusDays(10),
                                day.minusDays(1),
                                org.custodian.model.EndReason.LEFT,
                                null,
                                null));
                var grants = new GrantRepository();
                grants.add(tx, grant(mailbox.id(), registrar.id(), day));
                grants.add(tx, grant(registrar.id(), dns.id(), day));
                grants.add(tx, grant(dns.id(), mailbox.id(), day));
                return null;
            });
            List<AssetId> reached = db.read(tx -> new RecursiveReachQuery().reachableNow(tx, ann.id(), day, 10, 10));
            assertEquals(java.util.Set.of(mailbox.id(), registrar.id(), dns.id()), java.util.Set.copyOf(reached));
            assertEquals(3, reached.size(), "each asset once");
            List<AssetId> oneHop = db.read(tx -> new RecursiveReachQuery().reachableNow(tx, ann.id(), day, 1, 10));
            assertEquals(java.util.Set.of(mailbox.id(), registrar.id()), java.util.Set.copyOf(oneHop));
        }
    }

    private static org.custodian.model.Asset asset(String name, AssetSubtype subtype) {
        return new org.custodian.model.Asset(
                AssetId.random(),
                name,
                subtype,
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

    private static org.custodian.model.Grant grant(AssetId from, AssetId to, LocalDate day) {
        return new org.custodian.model.Grant(
                org.custodian.model.GrantId.random(), from, to, GrantKind.CAN_RESET, day.minusDays(30), null, null);
    }
}
