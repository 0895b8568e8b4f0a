package org.custodian.storage;

import static org.custodian.storage.StorageFixture.*;
import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.custodian.model.DamagedInventoryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A header may not ask for more than any Custodian writes: such a header is refused before the KDF. */
class KdfParametersTest {
    private static final String PASSPHRASE = "a long pass phrase";

    @TempDir
    Path temp;

    @ParameterizedTest(name = "m={0} KiB, t={1}, p={2}")
    @CsvSource({
        "8388608, 3, 1",
        "1048577, 1, 1",
        "65536, 129, 2",
        "65536, 1000000, 1",
        "65536, 3, 17",
        "65536, 3, 0",
        "65536, 0, 1",
        "15, 1, 2",
        "1048576, 9, 4",
        "0, 1, 1",
        "-1, 1, 1"
    })
    void parametersOutsideTheBoundsAreRejected(int memoryKiB, int iterations, int parallelism) {
        assertThrows(IllegalArgumentException.class, () -> new KdfParameters(memoryKiB, iterations, parallelism));
    }

    @ParameterizedTest(name = "m={0} KiB, t={1}, p={2}")
    @CsvSource({"65536, 128, 16", "1048576, 8, 4", "65536, 3, 1", "65536, 64, 4", "8, 1, 1", "128, 1, 16"})
    void parametersAtTheBoundsAreAccepted(int memoryKiB, int iterations, int parallelism) {
        KdfParameters parameters = new KdfParameters(memoryKiB, iterations, parallelism);
        assertEquals(iterations, parameters.iterations());
    }

    @Test
    void everythingCalibrationCanPickIsWithinTheBounds() {
        KdfParameters floor = KdfPolicy.production().floor();
        assertDoesNotThrow(() -> new KdfParameters(floor.memoryKiB(), KdfPolicy.MAX_ITERATIONS, KdfPolicy.lanes(256)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"kdf.iterations, 1000000", "kdf.memory-kib, 8388608", "kdf.parallelism, 64", "kdf.memory-kib, 2097152"})
    void aHeaderAskingForTooMuchIsRefusedAsDamagedBeforeTheKdfRuns(String field, String value) throws IOException {
        Path folder = temp.resolve("inventory");
        create(folder, PASSPHRASE).close();
        rewriteHeaderField(folder.resolve("custodian.header"), field, value);
        Map<String, String> before = fingerprint(folder);

        long start = System.nanoTime();
        DamagedInventoryException e = assertThrows(DamagedInventoryException.class, () -> open(folder, PASSPHRASE));
        long took = System.nanoTime() - start;

        assertTrue(e.getMessage().contains("malformed value"), e.getMessage());
        assertTrue(took < 200_000_000L, "refused in " + took / 1_000_000 + " ms: the KDF must not have run");
        assertEquals(before, fingerprint(folder));
    }

    /** Sets a header field and recomputes the checksum, as a careful attacker (or bad tool) would. */
    private static void rewriteHeaderField(Path header, String field, String value) throws IOException {
        String text = Files.readString(header, StandardCharsets.UTF_8);
        String body = text.substring(0, text.indexOf("checksum="))
                .replaceFirst("(?m)^" + field.replace(".", "\\.") + "=.*$", field + "=" + value);
        assertTrue(body.contains(field + "=" + value + "\n"));
        Files.writeString(header, body + "checksum=" + sha256(body) + "\n", StandardCharsets.UTF_8);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
