package org.custodian.storage;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.custodian.model.StorageException;

/**
 * BouncyCastle's pure-Java Argon2id: runs everywhere, so it is the fallback when the native library
 * cannot load. BouncyCastle 1.87 fills the lanes one after another on the calling thread, so
 * {@code p > 1} costs it as much time as {@code p = 1} with the same memory and passes.
 */
final class JavaArgon2 implements Argon2Engine {
    /** Blocks are 1 KiB of longs plus object headers; keep room beyond them for the rest of the app. */
    private static final long HEAP_PER_KIB = 1024 + 64;

    private static final long HEAP_HEADROOM = 96L * 1024 * 1024;
    /** Whether this JVM has run BouncyCastle's Argon2 yet: the first run is the slow, uncompiled one. */
    private static volatile boolean hasRun;

    @Override
    public String name() {
        return "java";
    }

    @Override
    public boolean parallelLanes() {
        return false;
    }

    @Override
    public byte[] derive(byte[] password, byte[] salt, KdfParameters parameters) {
        requireHeapFor(parameters);
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(parameters.memoryKiB())
                .withIterations(parameters.iterations())
                .withParallelism(parameters.parallelism())
                .withSalt(salt)
                .build());
        byte[] key = new byte[KdfParameters.KEY_BYTES];
        generator.generateBytes(password, key);
        hasRun = true;
        return key;
    }

    static boolean hasRun() {
        return hasRun;
    }

    /**
     * The Java engine holds the whole Argon2 memory on the heap: refuse plainly up front rather than
     * grind into an OutOfMemoryError after minutes of garbage collection.
     */
    static void requireHeapFor(KdfParameters parameters) {
        long needed = parameters.memoryKiB() * HEAP_PER_KIB + HEAP_HEADROOM;
        long max = Runtime.getRuntime().maxMemory();
        if (needed > max) {
            throw new StorageException("This inventory's passphrase check needs " + (needed >> 20)
                    + " MiB of memory but Java was started with " + (max >> 20) + " MiB (-Xmx) and the native "
                    + "Argon2 library is not available here.");
        }
    }
}
