package org.custodian.storage;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.custodian.model.WrongPassphraseException;

/**
 * The random 256-bit key the inventory is really encrypted with. The passphrase only wraps it, so a
 * passphrase change re-wraps this key and never touches the database file.
 */
final class DataKey {
    static final int NONCE_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final byte[] key;

    private DataKey(byte[] key) {
        this.key = key;
    }

    static DataKey generate() {
        return new DataKey(randomBytes(32));
    }

    static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** AES-256-GCM under the key derived from the passphrase; the header's parameters are the associated data. */
    byte[] wrap(byte[] kek, byte[] nonce, byte[] associatedData) {
        try {
            return gcm(Cipher.ENCRYPT_MODE, kek, nonce, associatedData).doFinal(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    static DataKey unwrap(byte[] kek, byte[] nonce, byte[] associatedData, byte[] wrapped) {
        try {
            return new DataKey(
                    gcm(Cipher.DECRYPT_MODE, kek, nonce, associatedData).doFinal(wrapped));
        } catch (AEADBadTagException e) {
            throw new WrongPassphraseException("The passphrase does not open this inventory.");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** What H2 gets as its file password: hex has no spaces and no characters H2 would truncate. */
    char[] h2FilePassword() {
        return HexFormat.of().formatHex(key).toCharArray();
    }

    byte[] subKey(String purpose) {
        return hmac(key, purpose.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    void destroy() {
        Arrays.fill(key, (byte) 0);
    }

    private static Cipher gcm(int mode, byte[] kek, byte[] nonce, byte[] associatedData)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, nonce));
        cipher.updateAAD(associatedData);
        return cipher;
    }
}
