package org.custodian.storage;

import java.util.HexFormat;

/** The keys an open inventory works with, all derived from the one data key. */
final class KeyRing {
    static final String H2_USER = "CUSTODIAN";
    private final DataKey dataKey;
    final byte[] auditKey;
    final byte[] anchorKey;
    final byte[] fileKey;
    final byte[] headerKey;

    KeyRing(DataKey dataKey) {
        this.dataKey = dataKey;
        this.auditKey = dataKey.subKey("custodian audit chain v1");
        this.anchorKey = dataKey.subKey("custodian anchor v1");
        this.fileKey = dataKey.subKey("custodian closed file v1");
        this.headerKey = dataKey.subKey("custodian header v1");
    }

    DataKey dataKey() {
        return dataKey;
    }

    /** H2 wants "filePassword userPassword"; both are hex, so neither holds a space or a lost byte. */
    char[] h2Password() {
        char[] file = dataKey.h2FilePassword();
        char[] user =
                HexFormat.of().formatHex(dataKey.subKey("custodian h2 user v1")).toCharArray();
        char[] both = new char[file.length + 1 + user.length];
        System.arraycopy(file, 0, both, 0, file.length);
        both[file.length] = ' ';
        System.arraycopy(user, 0, both, file.length + 1, user.length);
        java.util.Arrays.fill(file, '\0');
        java.util.Arrays.fill(user, '\0');
        return both;
    }

    void destroy() {
        dataKey.destroy();
        java.util.Arrays.fill(auditKey, (byte) 0);
        java.util.Arrays.fill(anchorKey, (byte) 0);
        java.util.Arrays.fill(fileKey, (byte) 0);
        java.util.Arrays.fill(headerKey, (byte) 0);
    }
}
