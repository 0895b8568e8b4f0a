package org.custodian.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.custodian.model.StorageException;

/**
 * An HMAC over the whole database file at rest. H2's encryption has no integrity check, so a flipped
 * bit in an unused page, or an older copy put back, would otherwise open without a word.
 */
final class FileSeal {
    private FileSeal() {}

    /** An HMAC being fed a file's bytes as they stream past (while copying it, for instance). */
    static final class Digest {
        private final Mac mac;

        private Digest(Mac mac) {
            this.mac = mac;
        }

        void update(byte[] bytes, int length) {
            mac.update(bytes, 0, length);
        }

        String hex() {
            return HexFormat.of().formatHex(mac.doFinal());
        }
    }

    static Digest digest(byte[] fileKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(fileKey, "HmacSHA256"));
            return new Digest(mac);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    static String of(Path file, byte[] fileKey) {
        Digest digest = digest(fileKey);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, read);
            }
            return digest.hex();
        } catch (IOException e) {
            throw new StorageException(
                    "Could not read the inventory file (" + e.getClass().getSimpleName() + ").", e);
        }
    }

    static boolean matches(Path file, byte[] fileKey, String expected) {
        return Files.isRegularFile(file)
                && MessageDigest.isEqual(
                        of(file, fileKey).getBytes(StandardCharsets.US_ASCII),
                        expected.getBytes(StandardCharsets.US_ASCII));
    }
}
