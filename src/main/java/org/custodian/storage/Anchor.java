package org.custodian.storage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Where the audit chain stood after the last acknowledged change. Kept outside the database so a
 * database rolled back to an older copy, or with rows removed, no longer matches it.
 */
record Anchor(int schemaVersion, long seq, String head, String fileMac, String mac) {
    static final String GENESIS = "0".repeat(64);
    /** Written while the inventory is open: after a crash only the audit chain can be checked. */
    static final String OPEN = "open";

    static Anchor signed(int schemaVersion, long seq, String head, String fileMac, byte[] anchorKey) {
        return new Anchor(schemaVersion, seq, head, fileMac, macOf(schemaVersion, seq, head, fileMac, anchorKey));
    }

    Anchor withFileMac(String newFileMac, byte[] anchorKey) {
        return signed(schemaVersion, seq, head, newFileMac, anchorKey);
    }

    boolean closedCleanly() {
        return !OPEN.equals(fileMac);
    }

    boolean verifies(byte[] anchorKey) {
        byte[] expected = macOf(schemaVersion, seq, head, fileMac, anchorKey).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, mac.getBytes(StandardCharsets.US_ASCII));
    }

    private static String macOf(int schemaVersion, long seq, String head, String fileMac, byte[] anchorKey) {
        String text = "anchor|" + schemaVersion + "|" + seq + "|" + head + "|" + fileMac;
        return HexFormat.of().formatHex(DataKey.hmac(anchorKey, text.getBytes(StandardCharsets.UTF_8)));
    }
}
