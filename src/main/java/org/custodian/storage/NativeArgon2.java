package org.custodian.storage;

import de.mkammerer.argon2.Argon2Advanced;
import de.mkammerer.argon2.Argon2Factory;
import de.mkammerer.argon2.Argon2Factory.Argon2Types;

/**
 * The reference C libargon2 through argon2-jvm (JNA): compiled code from the first call, and one
 * thread per lane. {@code argon2id_hash_raw} fixes the version at 0x13, the same as the Java engine.
 */
final class NativeArgon2 implements Argon2Engine {
    private final Argon2Advanced argon2;

    /** Loads the native library; throws a {@link LinkageError} where it cannot (no build for this OS/CPU). */
    NativeArgon2() {
        this.argon2 = Argon2Factory.createAdvanced(Argon2Types.ARGON2id, 16, KdfParameters.KEY_BYTES);
    }

    @Override
    public String name() {
        return "native";
    }

    @Override
    public boolean parallelLanes() {
        return true;
    }

    @Override
    public byte[] derive(byte[] password, byte[] salt, KdfParameters parameters) {
        // The byte[] overload hands our array to the library as is: no String or extra copy of the
        // passphrase is made on the Java side (JNA's transient native copy is freed after the call).
        return argon2.rawHash(
                parameters.iterations(), parameters.memoryKiB(), parameters.parallelism(), password, salt);
    }
}
