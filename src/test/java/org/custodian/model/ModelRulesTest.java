package org.custodian.model;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelRulesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 27);

    @Test
    void custodyMustNameAPersonOrAGroup() {
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> new Custody(
                        CustodyId.random(), AssetId.random(), null, CustodyRole.HOLDS, DAY, null, null, null, null));
        assertEquals(List.of(new Violation("holder", "Custody must name a person or a group")), e.violations());
    }

    @Test
    void keyCopiesReturnedCannotExceedCopiesIssued() {
        ValidationException e =
                assertThrows(ValidationException.class, () -> new AssetDetails.PhysicalKey("K-1", "Server room", 2, 3));
        assertEquals("Key copies returned cannot exceed copies issued", e.getMessage());
    }

    @Test
    void everyBrokenRuleOfARecordIsReportedAtOnce() {
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> new Person(
                        PersonId.random(),
                        " ",
                        PersonKind.EXTERNAL_PROVIDER,
                        null,
                        null,
                        PersonStatus.LEAVING,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        assertEquals(
                List.of("name", "organisation", "lastDay"),
                e.violations().stream().map(Violation::field).toList());
    }

    @Test
    void endedCustodyNeedsAReasonAndCannotEndBeforeItStarts() {
        assertThrows(
                ValidationException.class,
                () -> new Custody(
                        CustodyId.random(),
                        AssetId.random(),
                        PersonId.random(),
                        CustodyRole.HOLDS,
                        DAY,
                        DAY.plusDays(1),
                        null,
                        null,
                        null));
        ValidationException e = assertThrows(
                ValidationException.class,
                () -> new Custody(
                        CustodyId.random(),
                        AssetId.random(),
                        PersonId.random(),
                        CustodyRole.HOLDS,
                        DAY,
                        DAY.minusDays(1),
                        EndReason.LEFT,
                        null,
                        null));
        assertEquals("Custody cannot end before it starts", e.getMessage());
    }

    @Test
    void assetDetailsMustMatchTheKindAndDefaultWhenMissing() {
        assertThrows(
                ValidationException.class,
                () -> asset(AssetSubtype.WIFI_KEY, new AssetDetails.PhysicalKey("K", null, 1, 0)));
        Asset key = asset(AssetSubtype.KEY, null);
        assertEquals(AssetKind.PHYSICAL_KEY, key.kind());
        assertEquals(1, ((AssetDetails.PhysicalKey) key.details()).copiesOut());
    }

    @Test
    void blankTextMeansNoValue() {
        Asset asset = asset(AssetSubtype.ROOT, null);
        assertNull(asset.notes());
        assertEquals("Domain admin", AssetSubtype.DOMAIN_ADMIN.label());
        assertEquals("Wi-Fi key", AssetSubtype.WIFI_KEY.label());
        assertEquals("Holds / knows", CustodyRole.HOLDS.label());
    }

    @Test
    void membershipsAndCustodyAreActiveFromTheirStartUntilTheDayTheyEnd() {
        Membership m = new Membership(MembershipId.random(), GroupId.random(), PersonId.random(), DAY, null);
        assertTrue(m.activeOn(DAY));
        assertFalse(m.activeOn(DAY.minusDays(1)));
        Membership ended = m.endedOn(DAY.plusDays(10));
        assertTrue(ended.activeOn(DAY.plusDays(9)));
        assertFalse(ended.activeOn(DAY.plusDays(10)));
    }

    @Test
    void aGroupCannotContainItself() {
        GroupId group = GroupId.random();
        assertThrows(ValidationException.class, () -> new Membership(MembershipId.random(), group, group, DAY, null));
    }

    private static Asset asset(AssetSubtype subtype, AssetDetails details) {
        return new Asset(
                AssetId.random(),
                "Thing",
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
                "  ",
                details);
    }

    @Test
    void signOffTextLimitsAreTheSchemasColumnSizes() throws Exception {
        String schema;
        try (var in = ModelRulesTest.class.getResourceAsStream("/db/migration/V1__inventory.sql")) {
            schema = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String table = schema.substring(schema.indexOf("CREATE TABLE departure_task"));
        assertEquals(DepartureTask.DONE_BY_LENGTH, size(table, "done_by"));
        assertEquals(DepartureTask.EVIDENCE_LENGTH, size(table, "evidence"));
        assertEquals(DepartureTask.STATUS_REASON_LENGTH, size(table, "status_reason"));
    }

    private static int size(String table, String column) {
        var match = java.util.regex.Pattern.compile("\\n\\s*" + column + "\\s+VARCHAR\\((\\d+)\\)")
                .matcher(table);
        assertTrue(match.find(), column);
        return Integer.parseInt(match.group(1));
    }

    @Test
    void aThousandViolationsShowFiftyAndCountTheRest() {
        List<Violation> many = java.util.stream.IntStream.range(0, 1000)
                .mapToObj(i -> new Violation("row", "row " + i + " is wrong"))
                .toList();
        List<String> shown = Violation.messages(many);
        assertEquals(51, shown.size());
        assertEquals("... and 950 more like these.", shown.get(50));
        assertTrue(new ValidationException(many).getMessage().length() < 2000);
    }

    @Test
    void controlCharactersAreStrippedButLineBreaksAndTabsKept() {
        assertEquals("a[31mb\tc\nd\ne", ControlCharacters.strip("a\u001B[31m\u0007b\tc\r\nd\re\u202E\u0085"));
        assertNull(ControlCharacters.strip(null));
        assertEquals("plain ünïcode 😀", ControlCharacters.strip("plain ünïcode 😀"));
    }
}
