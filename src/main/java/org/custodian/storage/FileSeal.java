package org.custodian.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.custodian.model.StorageException;

/**
 * An HMAC over the whole closed database file. H2's encryption has no integrity check, so a flipped
 * bit in an unused page, or an older copy put back, would otherwise open without a word.
 */
final class FileSeal {
    private FileSeal() {
    }

    static String of(Path file, byte[] fileKey) {
        try (InputStream in = Files.newInputStream(file)) {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(fileKey, "HmacSHA256"));
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                mac.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (IOException e) {
            throw new StorageException("Could not read the inventory file (" + e.getClass().getSimpleName() + ").", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    static boolean matches(Path file, byte[] fileKey, String expected) {
        return Files.isRegularFile(file) && MessageDigest.isEqual(of(file, fileKey).getBytes(StandardCharsets.US_ASCII),
                expected.getBytes(StandardCharsets.US_ASCII));
    }
}
