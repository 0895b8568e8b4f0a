package org.custodian.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.custodian.analysis.PathStep.CustodyStep;
import org.custodian.analysis.PathStep.GrantStep;
import org.custodian.analysis.PathStep.PersonStep;
import org.custodian.analysis.synthetic.SyntheticInventory;
import org.custodian.analysis.synthetic.SyntheticShape;
import org.custodian.model.Asset;
import org.custodian.model.AssetId;
import org.custodian.model.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WhoCanTouchTest {
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42})
    void whoCanTouchAgreesWithExposureForEveryPersonAndAsset(long seed) {
        SyntheticShape shape = new SyntheticShape(600, seed, 30, 9, 3.0, 20, 10, 30, 0.05);
        Reachability reachability =
                Reachability.of(SyntheticInventory.generate(shape), SyntheticInventory.REFERENCE_DAY);
        AccessGraph graph = reachability.graph();

        Map<String, String> forward = new TreeMap<>();
        for (Person person : graph.people()) {
            for (Reach reach : reachability
                    .exposureOf(person.id(), ExposureLevel.NO_LONGER_EXPOSED)
                    .reaches()) {
                forward.put(key(reach), summary(reach));
                assertPathExplains(reach);
            }
        }
        Map<String, String> reverse = new TreeMap<>();
        for (Asset asset : graph.assets()) {
            for (Reach reach : reachability
                    .whoCanTouch(asset.id(), ExposureLevel.NO_LONGER_EXPOSED)
                    .reaches()) {
                reverse.put(key(reach), summary(reach));
                assertPathExplains(reach);
            }
        }
        assertTrue(
                forward.size() > 1000, "the inventory should be tangled enough to mean something: " + forward.size());
        List<String> differences = new ArrayList<>();
        for (String key : union(forward.keySet(), reverse.keySet())) {
            if (!Objects.equals(forward.get(key), reverse.get(key)) && differences.size() < 10) {
                differences.add(
                        key + ": exposure says " + forward.get(key) + ", who-can-touch says " + reverse.get(key));
            }
        }
        assertEquals(List.of(), differences);
        assertEquals(forward, reverse);
    }

    @Test
    void whoCanTouchNamesEveryoneWithTheirOwnPath() {
        Fixture f = new Fixture();
        f.person("Ann").holds(f.secret("Mailbox"));
        f.person("Bob").memberOf(f.group("IT admins"));
        f.group("IT admins").holds(f.secret("Registrar"));
        f.person("Cleo").holds(f.secret("Registrar")).until(LocalDate.of(2025, 1, 1));
        f.secret("Mailbox").canReset(f.secret("Registrar"));

        AssetExposure exposure =
                f.reachability().whoCanTouch(f.secret("Registrar").id());

        assertEquals(
                List.of(
                        "Can reach now: Ann knows Mailbox (custody: holds) → it can reset Registrar",
                        "Can reach now: Bob is a member of IT admins → which knows Registrar (custody: holds)",
                        "Still knows: Cleo knew Registrar until 2025-01-01 (custody: holds; not rotated since 2025-01-01)"),
                exposure.reaches().stream().map(Reach::toString).toList());
    }

    private static void assertPathExplains(Reach reach) {
        List<PathStep> path = reach.path();
        assertEquals(reach.length(), path.size() - 1, reach::sentence);
        assertEquals(new PersonStep(reach.person().id(), reach.person().name()), path.get(0));
        PathStep last = path.get(path.size() - 1);
        AssetId reached = last instanceof GrantStep grant ? grant.asset() : ((CustodyStep) last).asset();
        assertEquals(reach.asset().id(), reached);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static String key(Reach reach) {
        return reach.person().id() + "→" + reach.asset().id();
    }

    private static String summary(Reach reach) {
        return reach.level() + "/" + reach.length() + "/" + reach.route();
    }
}
