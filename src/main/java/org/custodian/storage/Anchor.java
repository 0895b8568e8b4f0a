package org.custodian.storage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Where the audit chain stood after the last acknowledged change, and an HMAC of the database file
 * as it was then. Kept outside the database so a database rolled back to an older copy, with rows
 * removed or with any byte changed, no longer matches it.
 */
record Anchor(int schemaVersion, long seq, String head, String fileMac, String mac) {
    static final String GENESIS = "0".repeat(64);
    /**
     * Written just before the database file is changed (a write, an open, a close): if a crash leaves
     * this behind, the file seal cannot be checked and every record is read back instead.
     */
    static final String CHANGING = "open";

    static Anchor signed(int schemaVersion, long seq, String head, String fileMac, byte[] anchorKey) {
        return new Anchor(schemaVersion, seq, head, fileMac, macOf(schemaVersion, seq, head, fileMac, anchorKey));
    }

    Anchor withFileMac(String newFileMac, byte[] anchorKey) {
        return signed(schemaVersion, seq, head, newFileMac, anchorKey);
    }

    /** True when the file must match {@link #fileMac} byte for byte. */
    boolean sealed() {
        return !CHANGING.equals(fileMac);
    }

    boolean sameStateAs(Anchor other) {
        return seq == other.seq && head.equals(other.head);
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
