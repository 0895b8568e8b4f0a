package org.custodian.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.custodian.model.AssetSubtype;
import org.custodian.model.CustodyRole;
import org.custodian.model.EndReason;
import org.custodian.model.RotationKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** When does a former holder stop being exposed? Each row: a story about Ann and "x", and her level on TODAY. */
class RetentionTest {
    private static final LocalDate ENDED = LocalDate.of(2025, 1, 1);

    static Stream<Arguments> stories() {
        return Stream.of(
                row(
                        "current custody reaches now",
                        f -> f.person("Ann").holds(f.secret("x")),
                        ExposureLevel.CAN_REACH_NOW),
                row(
                        "ended custody of a secret still knows",
                        f -> f.person("Ann").holds(f.secret("x")).until(ENDED),
                        ExposureLevel.STILL_KNOWS),
                row(
                        "rotation after the custody end ends still knowing",
                        f -> {
                            f.person("Ann").holds(f.secret("x")).until(ENDED);
                            f.secret("x").rotated(ENDED.plusDays(30));
                        },
                        ExposureLevel.NO_LONGER_EXPOSED),
                row(
                        "rotation on the custody end day ends still knowing",
                        f -> {
                            f.person("Ann").holds(f.secret("x")).until(ENDED);
                            f.secret("x").rotated(ENDED);
                        },
                        ExposureLevel.NO_LONGER_EXPOSED),
                row(
                        "rotation before the custody end does not",
                        f -> {
                            f.person("Ann").holds(f.secret("x")).until(ENDED);
                            f.secret("x").rotated(ENDED.minusDays(1));
                        },
                        ExposureLevel.STILL_KNOWS),
                row(
                        "custody ended by rotation is over",
                        f -> f.person("Ann").holds(f.secret("x")).until(ENDED, EndReason.ROTATED),
                        ExposureLevel.NO_LONGER_EXPOSED),
                row(
                        "returned key with a missing copy keeps exposure",
                        f -> {
                            f.person("Ann").holds(f.key("x", 2, 1)).until(ENDED, EndReason.RETURNED);
                        },
                        ExposureLevel.STILL_KNOWS),
                row(
                        "returned key with every copy accounted for is over",
                        f -> {
                            f.person("Ann").holds(f.key("x", 2, 1)).until(ENDED, EndReason.RETURNED);
                            f.person("Bob").holds(f.key("x", 2, 1));
                        },
                        ExposureLevel.NO_LONGER_EXPOSED),
                row(
                        "re-keying ends a missing copy's exposure",
                        f -> {
                            f.person("Ann").holds(f.key("x", 2, 0)).until(ENDED, EndReason.RETURNED);
                            f.asset("x").changed(RotationKind.RE_KEYED, ENDED.plusDays(3));
                        },
                        ExposureLevel.NO_LONGER_EXPOSED),
                row(
                        "disabled personal account ends it",
                        f -> {
                            f.person("Ann").holds(f.personalAccount("x")).until(ENDED);
                            f.asset("x").changed(RotationKind.DISABLED, ENDED);
                        },
                        ExposureLevel.NO_LONGER_EXPOSED),
                row(
                        "personal account not disabled is still known",
                        f -> f.person("Ann").holds(f.personalAccount("x")).until(ENDED),
                        ExposureLevel.STILL_KNOWS),
                row(
                        "returned company card is over",
                        f -> f.person("Ann")
                                .holds(f.asset("x", AssetSubtype.COMPANY_CARD))
                                .until(ENDED, EndReason.RETURNED),
                        ExposureLevel.NO_LONGER_EXPOSED),
                row(
                        "alarm code stays known",
                        f -> f.person("Ann")
                                .holds(f.asset("x", AssetSubtype.SHARED_CODE))
                                .until(ENDED),
                        ExposureLevel.STILL_KNOWS),
                row(
                        "MFA device confers access",
                        f -> f.person("Ann").custody(f.secret("x"), CustodyRole.MFA_DEVICE),
                        ExposureLevel.CAN_REACH_NOW),
                row(
                        "recovery contact confers access",
                        f -> f.person("Ann").custody(f.secret("x"), CustodyRole.RECOVERY_CONTACT),
                        ExposureLevel.CAN_REACH_NOW),
                row(
                        "accountable owner alone does not",
                        f -> f.person("Ann").custody(f.secret("x"), CustodyRole.ACCOUNTABLE_OWNER),
                        null),
                row(
                        "call list alone does not",
                        f -> f.person("Ann").custody(f.asset("x", AssetSubtype.SHARED_CODE), CustodyRole.CALL_LIST),
                        null),
                row(
                        "custody starting tomorrow does not count yet",
                        f -> f.person("Ann").holds(f.secret("x")).from(Fixture.TODAY.plusDays(1)),
                        null),
                row(
                        "custody ending today is already ended",
                        f -> f.person("Ann").holds(f.secret("x")).until(Fixture.TODAY),
                        ExposureLevel.STILL_KNOWS),
                row(
                        "rotation after the as-of day is not known yet",
                        f -> {
                            f.person("Ann").holds(f.secret("x")).until(ENDED);
                            f.secret("x").rotated(Fixture.TODAY.plusDays(1));
                        },
                        ExposureLevel.STILL_KNOWS));
    }

    private static Arguments row(String story, Consumer<Fixture> setUp, ExposureLevel expected) {
        return Arguments.of(story, setUp, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stories")
    void formerHoldersStayExposedUntilTheAssetIsChanged(String story, Consumer<Fixture> setUp, ExposureLevel expected) {
        Fixture f = new Fixture();
        setUp.accept(f);
        Exposure exposure = f.reachability().exposureOf(f.person("Ann").id(), ExposureLevel.NO_LONGER_EXPOSED);
        assertEquals(
                Optional.ofNullable(expected),
                exposure.reachOf(f.asset("x").id()).map(Reach::level),
                story);
    }
}
