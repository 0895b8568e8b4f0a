package org.custodian.storage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks the Argon2id engine once per process: native libargon2 when it loads and passes a known-answer
 * check, else the Java engine. {@code -Dcustodian.argon2=java} forces the Java engine (benchmarks, or a
 * platform whose native build misbehaves).
 */
final class Argon2Engines {
    static final String PROPERTY = "custodian.argon2";
    private static final Logger LOG = LoggerFactory.getLogger(Argon2Engines.class);
    private static final Argon2Engine JAVA = new JavaArgon2();

    /**
     * Argon2id v0x13, m = 32 KiB, t = 2, p = 2 over "self-test €" and salt 00..0f, as BouncyCastle computes
     * it ({@code Argon2EnginesTest} re-derives it). Two lanes so a library that mishandles lanes fails here.
     */
    private static final KdfParameters CHECK = new KdfParameters(32, 2, 2);

    private static final String CHECK_KEY = "8bdb18472f06f4096aed1c0d7beed6e181ca18aead204b37d9ddb1711c1040d7";

    private Argon2Engines() {}

    private static final class Chosen {
        static final long STARTED = System.nanoTime();
        static final Argon2Engine ENGINE = choose();
        /** What choosing cost this process (loading the library, the check): part of every cold unlock. */
        static final long COST_NANOS = System.nanoTime() - STARTED;
    }

    /** The engine every derivation in this process uses. */
    static Argon2Engine preferred() {
        return Chosen.ENGINE;
    }

    /** Nanoseconds this process spent loading and checking the engine, paid once per cold start. */
    static long startupNanos() {
        preferred();
        return Chosen.COST_NANOS;
    }

    static Argon2Engine java() {
        return JAVA;
    }

    private static Argon2Engine choose() {
        if ("java".equals(System.getProperty(PROPERTY))) {
            LOG.info("Argon2id: using the Java engine (-D{}=java)", PROPERTY);
            return JAVA;
        }
        try {
            Argon2Engine engine = new NativeArgon2();
            if (!passesCheck(engine)) {
                LOG.warn("Argon2id: the native library gave a wrong known answer; using the Java engine");
                return JAVA;
            }
            return engine;
        } catch (LinkageError | RuntimeException e) {
            // No build for this OS/CPU, a blocked temp folder, a too-old C library: all mean "not here".
            LOG.info(
                    "Argon2id: native libargon2 not available ({}); using the slower Java engine",
                    e.getClass().getSimpleName());
            return JAVA;
        }
    }

    static boolean passesCheck(Argon2Engine engine) {
        byte[] key = checkKey(engine);
        try {
            return MessageDigest.isEqual(key, HexFormat.of().parseHex(CHECK_KEY));
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    static byte[] checkKey(Argon2Engine engine) {
        byte[] salt = new byte[16];
        for (int i = 0; i < salt.length; i++) {
            salt[i] = (byte) i;
        }
        return engine.derive("self-test €".getBytes(StandardCharsets.UTF_8), salt, CHECK);
    }
}
