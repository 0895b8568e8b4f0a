package org.custodian.storage;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The native library and BouncyCastle derive byte-identical keys, so an inventory made where one runs
 * opens where only the other does. Both engines are the real ones; nothing is simulated.
 */
class Argon2EnginesTest {
    private static final List<KdfParameters> PARAMETER_SETS = List.of(
            new KdfParameters(8, 1, 1),
            new KdfParameters(1024, 1, 1),
            new KdfParameters(1024, 3, 1),
            new KdfParameters(2048, 2, 2),
            new KdfParameters(4096, 1, 4),
            new KdfParameters(4100, 4, 4),
            new KdfParameters(300, 5, 3),
            new KdfParameters(16 * 1024, 2, 2));
    private static final List<String> PASSPHRASES = List.of(
            "correct horse battery staple",
            "k€y",
            "pâté à l'œil",
            "Grüße, Ünïcødé",
            "🔐 vault 🗝️",
            "ё".repeat(128),
            "x",
            "");

    private final SecureRandom random = new SecureRandom();

    @Test
    void theNativeLibraryLoadsOnThisBuildMachine() {
        // Linux x86-64 is where the project builds; a silent fallback here would hide a broken dependency.
        assertEquals("native", Argon2Engines.preferred().name());
        assertTrue(Argon2Engines.preferred().parallelLanes());
    }

    @Test
    void bothEnginesGiveTheSameKeyForEveryParameterSetAndPassphrase() {
        Argon2Engine nativeEngine = new NativeArgon2();
        Argon2Engine javaEngine = Argon2Engines.java();
        List<String> differing = new ArrayList<>();
        for (KdfParameters parameters : PARAMETER_SETS) {
            for (String passphrase : PASSPHRASES) {
                byte[] salt = new byte[16];
                random.nextBytes(salt);
                byte[] fromNative = parameters.derive(passphrase.toCharArray(), salt, nativeEngine);
                byte[] fromJava = parameters.derive(passphrase.toCharArray(), salt, javaEngine);
                assertEquals(KdfParameters.KEY_BYTES, fromNative.length);
                if (!java.util.Arrays.equals(fromNative, fromJava)) {
                    // Name the parameters and the passphrase's length only: test output is no place for it.
                    differing.add(parameters + " passphrase of " + passphrase.length() + " chars");
                }
            }
        }
        assertEquals(List.of(), differing);
    }

    @Test
    void bothEnginesAgreeAtProductionSizeWithTwoLanes() {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        KdfParameters production = new KdfParameters(64 * 1024, 1, 2);
        assertArrayEquals(
                production.derive("a long pass phrase €".toCharArray(), salt, new NativeArgon2()),
                production.derive("a long pass phrase €".toCharArray(), salt, Argon2Engines.java()));
    }

    @Test
    void theKnownAnswerTheNativeLibraryIsCheckedAgainstIsBouncyCastles() {
        assertTrue(Argon2Engines.passesCheck(Argon2Engines.java()));
        assertTrue(Argon2Engines.passesCheck(new NativeArgon2()));
    }

    @Test
    void bothEnginesMatchTagsFromTheReferenceCommandLineTool() {
        // Computed outside Java with the reference implementation's `argon2` command (Debian package
        // argon2 20190702): printf 'k€y' | argon2 somesaltsomesalt -id -t 2 -k 4096 -p 2 -l 32 -r
        byte[] salt = "somesaltsomesalt".getBytes(StandardCharsets.US_ASCII);
        Map<KdfParameters, String> tags = Map.of(
                new KdfParameters(32, 3, 4), "f25048ec48311a804ea9edd74e08c30765aa0f8d47c2a5b5a6097243cdf2e5ce",
                new KdfParameters(4096, 2, 2), "20a09d43bd50968e56d95b4f4d8cbb4ee365db3f224e78eec491f17711a0eb95");
        Map<KdfParameters, String> passwords =
                Map.of(new KdfParameters(32, 3, 4), "password", new KdfParameters(4096, 2, 2), "k€y");
        for (Argon2Engine engine : List.of(new NativeArgon2(), Argon2Engines.java())) {
            tags.forEach((parameters, tag) -> assertEquals(
                    tag,
                    HexFormat.of()
                            .formatHex(
                                    parameters.derive(passwords.get(parameters).toCharArray(), salt, engine)),
                    engine.name()));
        }
    }

    @Test
    void composedAndDecomposedAccentsGiveTheSameKey() {
        byte[] salt = new byte[16];
        KdfParameters parameters = new KdfParameters(64, 1, 2);
        assertArrayEquals(
                parameters.derive("caf\u00e9".toCharArray(), salt, new NativeArgon2()),
                parameters.derive("cafe\u0301".toCharArray(), salt, Argon2Engines.java()));
    }

    @Test
    void thePassphraseBytesHandedToTheEngineAreWipedAfterwardsAndTheCallersCharsAreLeftAlone() {
        List<byte[]> seen = new ArrayList<>();
        Argon2Engine recording = new Argon2Engine() {
            @Override
            public String name() {
                return "recording";
            }

            @Override
            public boolean parallelLanes() {
                return false;
            }

            @Override
            public byte[] derive(byte[] password, byte[] salt, KdfParameters parameters) {
                seen.add(password);
                return new NativeArgon2().derive(password, salt, parameters);
            }
        };
        char[] passphrase = "wipe me after use €".toCharArray();
        new KdfParameters(64, 1, 1).derive(passphrase, new byte[16], recording);
        assertEquals(1, seen.size());
        assertTrue(seen.get(0).length > 0);
        for (byte b : seen.get(0)) {
            assertEquals(0, b, "the UTF-8 copy of the passphrase was not wiped");
        }
        assertArrayEquals("wipe me after use €".toCharArray(), passphrase);
    }
}
