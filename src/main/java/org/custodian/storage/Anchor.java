package org.custodian.storage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Where the audit chain stood after the last acknowledged change. Kept outside the database so a
 * database rolled back to an older copy, or with rows removed, no longer matches it.
 */
record Anchor(int schemaVersion, long seq, String head, String mac) {
    static final String GENESIS = "0".repeat(64);

    static Anchor signed(int schemaVersion, long seq, String head, byte[] anchorKey) {
        return new Anchor(schemaVersion, seq, head, macOf(schemaVersion, seq, head, anchorKey));
    }

    boolean verifies(byte[] anchorKey) {
        byte[] expected = macOf(schemaVersion, seq, head, anchorKey).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, mac.getBytes(StandardCharsets.US_ASCII));
    }

    private static String macOf(int schemaVersion, long seq, String head, byte[] anchorKey) {
        String text = "anchor|" + schemaVersion + "|" + seq + "|" + head;
        return HexFormat.of().formatHex(DataKey.hmac(anchorKey, text.getBytes(StandardCharsets.UTF_8)));
    }
}
