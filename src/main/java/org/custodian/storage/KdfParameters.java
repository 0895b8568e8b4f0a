package org.custodian.storage;

import java.text.Normalizer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/** Argon2id cost settings, stored in the header so each inventory keeps the cost it was made with. */
public record KdfParameters(int memoryKiB, int iterations, int parallelism) {
    static final int KEY_BYTES = 32;

    public KdfParameters {
        if (memoryKiB < 8 * parallelism || iterations < 1 || parallelism < 1) {
            throw new IllegalArgumentException("Argon2id parameters out of range");
        }
    }

    public boolean atLeast(KdfParameters floor) {
        return memoryKiB >= floor.memoryKiB && iterations >= floor.iterations && parallelism >= floor.parallelism;
    }

    /**
     * Derives the key-encryption key. The passphrase is NFC-normalised first so the same words typed
     * on another keyboard or OS (composed vs decomposed accents) still open the inventory.
     */
    byte[] derive(char[] passphrase, byte[] salt) {
        byte[] password = utf8(passphrase);
        try {
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                    .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                    .withMemoryAsKB(memoryKiB)
                    .withIterations(iterations)
                    .withParallelism(parallelism)
                    .withSalt(salt)
                    .build());
            byte[] key = new byte[KEY_BYTES];
            generator.generateBytes(password, key);
            return key;
        } finally {
            Arrays.fill(password, (byte) 0);
        }
    }

    private static byte[] utf8(char[] passphrase) {
        String normalised = Normalizer.normalize(CharBuffer.wrap(passphrase), Normalizer.Form.NFC);
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(normalised);
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        Arrays.fill(encoded.array(), (byte) 0);
        return bytes;
    }
}
