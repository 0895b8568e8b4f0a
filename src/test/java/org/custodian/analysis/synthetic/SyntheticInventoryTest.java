package org.custodian.analysis.synthetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.custodian.model.GroupId;
import org.custodian.model.InventorySnapshot;
import org.junit.jupiter.api.Test;

class SyntheticInventoryTest {
    @Test
    void theSameShapeAndSeedGiveAnEqualInventory() {
        assertEquals(SyntheticInventory.generate(1_000, 5), SyntheticInventory.generate(1_000, 5));
    }

    @Test
    void anotherSeedGivesAnotherInventory() {
        assertNotEquals(
                SyntheticInventory.generate(1_000, 5).grants(),
                SyntheticInventory.generate(1_000, 6).grants());
    }

    @Test
    void sizesFollowTheShape() {
        SyntheticShape shape = SyntheticShape.of(10_000, 3);
        InventorySnapshot snapshot = SyntheticInventory.generate(shape);

        assertEquals(10_000, snapshot.assets().size());
        assertEquals(500, snapshot.people().size());
        assertEquals(25, snapshot.groups().size());
        long edges = snapshot.grants().size()
                + snapshot.custody().size()
                + snapshot.memberships().size();
        assertTrue(
                Math.abs(edges - shape.expectedEdges()) < shape.expectedEdges() / 10,
                edges + " edges, expected about " + shape.expectedEdges());
    }

    @Test
    void groupsAreNestedWithTheOddCycle() {
        InventorySnapshot snapshot = SyntheticInventory.generate(10_000, 3);

        long groupInGroup = snapshot.memberships().stream()
                .filter(m -> m.member() instanceof GroupId)
                .count();
        long backwards = snapshot.memberships().stream()
                .filter(m -> m.member() instanceof GroupId member
                        && snapshot.memberships().stream()
                                .anyMatch(o ->
                                        o.group().equals(member) && o.member().equals(m.group())))
                .count();

        assertTrue(groupInGroup >= snapshot.groups().size() - 1);
        assertTrue(backwards >= 2, "expected at least one two-group cycle");
    }
}
