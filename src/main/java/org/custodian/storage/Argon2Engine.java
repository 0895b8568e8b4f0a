package org.custodian.storage;

/**
 * One implementation of Argon2id (version 0x13) returning the raw 32-byte key. Every engine must give
 * the same bytes for the same input, so an inventory made with one opens with the other
 * ({@code Argon2EnginesTest} proves it).
 */
interface Argon2Engine {
    /** Short name for logs and benchmarks; never secret. */
    String name();

    /** Whether the lanes ({@code p > 1}) run on threads of their own. */
    boolean parallelLanes();

    /** The key for UTF-8 password bytes; the caller owns and wipes {@code password}. */
    byte[] derive(byte[] password, byte[] salt, KdfParameters parameters);
}
