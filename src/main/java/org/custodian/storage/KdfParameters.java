package org.custodian.storage;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;

/**
 * Argon2id cost settings, stored in the header so each inventory keeps the cost it was made with.
 * The bounds are checked on construction, so a header asking for more than any Custodian would
 * write (a cost that hangs every open or runs out of memory) is refused as malformed before the KDF runs.
 */
public record KdfParameters(int memoryKiB, int iterations, int parallelism) {
    static final int KEY_BYTES = 32;
    /** 1 GiB: sixteen times what calibration picks, and still within a desktop's memory. */
    public static final int MAX_MEMORY_KIB = 1 << 20;
    /** Calibration stops at {@link KdfPolicy#MAX_ITERATIONS}; twice that leaves room without a hang. */
    public static final int MAX_ITERATIONS = 2 * KdfPolicy.MAX_ITERATIONS;
    /** More lanes than cores gains nothing; libargon2 allows 2^24 − 1, we allow what any desktop can use. */
    public static final int MAX_PARALLELISM = 16;
    /**
     * Memory × passes, in KiB: the work of {@link #MAX_ITERATIONS} passes over 64 MiB (≈ 7 s natively, ≈ 20 s
     * in Java on this project's 2-core machine). Caps a header that combines large memory with many passes.
     */
    public static final long MAX_WORK_KIB = 64L * 1024 * MAX_ITERATIONS;

    public KdfParameters {
        if (parallelism < 1
                || parallelism > MAX_PARALLELISM
                || iterations < 1
                || iterations > MAX_ITERATIONS
                || memoryKiB < 8 * parallelism
                || memoryKiB > MAX_MEMORY_KIB
                || (long) memoryKiB * iterations > MAX_WORK_KIB) {
            // Values only, no secret: these come from the header in plain text.
            throw new IllegalArgumentException("Argon2id parameters out of range (m=" + memoryKiB + " KiB, t="
                    + iterations + ", p=" + parallelism + ")");
        }
    }

    public boolean atLeast(KdfParameters floor) {
        return memoryKiB >= floor.memoryKiB && iterations >= floor.iterations && parallelism >= floor.parallelism;
    }

    /** Derives the key-encryption key with this process's engine (native libargon2, else BouncyCastle). */
    byte[] derive(char[] passphrase, byte[] salt) {
        return derive(passphrase, salt, Argon2Engines.preferred());
    }

    /**
     * The passphrase is NFC-normalised first so the same words typed on another keyboard or OS
     * (composed vs decomposed accents) still open the inventory. Every engine sees the same UTF-8 bytes.
     */
    byte[] derive(char[] passphrase, byte[] salt, Argon2Engine engine) {
        byte[] password = utf8(passphrase);
        try {
            return engine.derive(password, salt, this);
        } finally {
            Arrays.fill(password, (byte) 0);
        }
    }

    static byte[] utf8(char[] passphrase) {
        CharBuffer chars = CharBuffer.wrap(passphrase);
        // Most passphrases are already NFC: encode them straight from the caller's array, so no
        // immutable (unwipeable) String copy of the passphrase is made. Only others go through a String.
        CharSequence normalised = Normalizer.isNormalized(chars, Normalizer.Form.NFC)
                ? chars
                : Normalizer.normalize(chars, Normalizer.Form.NFC);
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(normalised));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        Arrays.fill(encoded.array(), (byte) 0);
        return bytes;
    }
}
