package org.custodian.storage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.custodian.model.DamagedInventoryException;
import org.custodian.model.NewerVersionException;
import org.custodian.model.StorageException;

/**
 * The small text file beside the database: KDF parameters, salt, the wrapped data key and the anchor.
 * A checksum line catches accidental damage before any expensive work; the wrapped key's GCM tag
 * (bound to the parameters) and the anchor's MAC catch deliberate edits.
 */
record InventoryHeader(
        int format,
        KdfParameters kdf,
        byte[] salt,
        byte[] nonce,
        byte[] wrappedKey,
        boolean demo,
        Anchor anchor,
        String passphraseCheck,
        String mac) {
    /** Format 2 adds the passphrase check and the keyed header MAC; format 1 headers are read and upgraded. */
    static final int FORMAT = 2;

    private static final List<String> KEYS_V1 = List.of(
            "custodian-inventory",
            "kdf",
            "kdf.memory-kib",
            "kdf.iterations",
            "kdf.parallelism",
            "kdf.salt",
            "key.nonce",
            "key.wrapped",
            "demo",
            "anchor.schema",
            "anchor.seq",
            "anchor.head",
            "anchor.file",
            "anchor.mac");
    private static final List<String> KEYS_V2 = java.util.stream.Stream.concat(
                    KEYS_V1.stream(), java.util.stream.Stream.of("key.check", "header.mac"))
            .toList();

    InventoryHeader(
            int format,
            KdfParameters kdf,
            byte[] salt,
            byte[] nonce,
            byte[] wrappedKey,
            boolean demo,
            Anchor anchor,
            String passphraseCheck) {
        this(format, kdf, salt, nonce, wrappedKey, demo, anchor, passphraseCheck, null);
    }

    /**
     * The parts the wrapped key is bound to: changing any of them makes the unwrap fail. The wrapping
     * has not changed since format 1, so it stays bound to "1" (a format 1 header upgraded on its next
     * write keeps its wrapped key).
     */
    byte[] associatedData() {
        String text = "custodian-inventory=1|argon2id|" + kdf.memoryKiB() + "|" + kdf.iterations() + "|"
                + kdf.parallelism() + "|" + Base64.getEncoder().encodeToString(salt);
        return text.getBytes(StandardCharsets.UTF_8);
    }

    InventoryHeader withAnchor(Anchor newAnchor) {
        return new InventoryHeader(format, kdf, salt, nonce, wrappedKey, demo, newAnchor, passphraseCheck, mac);
    }

    /**
     * A value only the right passphrase reproduces, kept apart from the wrapped key: when it matches but
     * the key does not unwrap, the header was damaged, not the passphrase mistyped.
     */
    static String passphraseCheckOf(byte[] kek) {
        return HexFormat.of()
                .formatHex(DataKey.hmac(kek, "custodian passphrase check v1".getBytes(StandardCharsets.UTF_8)));
    }

    boolean passphraseMatches(byte[] kek) {
        return passphraseCheck == null
                || MessageDigest.isEqual(
                        passphraseCheckOf(kek).getBytes(StandardCharsets.US_ASCII),
                        passphraseCheck.getBytes(StandardCharsets.US_ASCII));
    }

    /** The keyed MAC over every field (the demo flag among them); absent in format 1 headers. */
    boolean authentic(byte[] headerKey) {
        return mac == null
                || MessageDigest.isEqual(
                        macOf(body(), headerKey).getBytes(StandardCharsets.US_ASCII),
                        mac.getBytes(StandardCharsets.US_ASCII));
    }

    /** Always written in the current format, with the MAC under the inventory's header key. */
    void write(Path file, KeyRing keys) {
        if (passphraseCheck == null) {
            throw new IllegalStateException("a header is written only once its passphrase check is known");
        }
        StringBuilder text = new StringBuilder(body());
        line(text, "header.mac", macOf(text.toString(), keys.headerKey));
        line(text, "checksum", checksum(text.toString()));
        try {
            SecureFiles.writeAtomically(file, text.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StorageException(
                    "Could not save the inventory header (" + e.getClass().getSimpleName()
                            + "). Free some disk space; Custodian checks the inventory in full when it next opens.",
                    e);
        }
    }

    private static String macOf(String body, byte[] headerKey) {
        return HexFormat.of().formatHex(DataKey.hmac(headerKey, body.getBytes(StandardCharsets.UTF_8)));
    }

    private String body() {
        Base64.Encoder b64 = Base64.getEncoder();
        StringBuilder body = new StringBuilder();
        line(body, "custodian-inventory", FORMAT);
        line(body, "kdf", "argon2id");
        line(body, "kdf.memory-kib", kdf.memoryKiB());
        line(body, "kdf.iterations", kdf.iterations());
        line(body, "kdf.parallelism", kdf.parallelism());
        line(body, "kdf.salt", b64.encodeToString(salt));
        line(body, "key.nonce", b64.encodeToString(nonce));
        line(body, "key.wrapped", b64.encodeToString(wrappedKey));
        line(body, "demo", demo);
        line(body, "anchor.schema", anchor.schemaVersion());
        line(body, "anchor.seq", anchor.seq());
        line(body, "anchor.head", anchor.head());
        line(body, "anchor.file", anchor.fileMac());
        line(body, "anchor.mac", anchor.mac());
        line(body, "key.check", passphraseCheck);
        return body.toString();
    }

    /** Parses strictly; refuses newer formats and anything malformed before the KDF would run. */
    static InventoryHeader read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw damaged("its header is not readable text");
        } catch (NoSuchFileException e) {
            throw new DamagedInventoryException(
                    "This folder holds no Custodian inventory (its header file is missing).");
        } catch (IOException e) {
            throw new StorageException(
                    "Could not read the inventory header (" + e.getClass().getSimpleName() + ").", e);
        }
        int checksumAt = text.lastIndexOf("checksum=");
        if (checksumAt < 0
                || !text.endsWith("\n")
                || !checksum(text.substring(0, checksumAt)).equals(text.substring(checksumAt + 9, text.length() - 1))) {
            throw damaged("its header fails its checksum");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : text.substring(0, checksumAt).split("\n")) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw damaged("its header has a malformed line");
            }
            values.put(line.substring(0, eq), line.substring(eq + 1));
        }
        int format = integer(values, "custodian-inventory");
        if (format > FORMAT) {
            throw new NewerVersionException("This inventory was made by a newer version of Custodian (file format "
                    + format + "; this version reads up to " + FORMAT + ").");
        }
        if (!List.copyOf(values.keySet()).equals(format == 1 ? KEYS_V1 : KEYS_V2)
                || !"argon2id".equals(values.get("kdf"))) {
            throw damaged("its header does not have the expected fields");
        }
        try {
            Base64.Decoder b64 = Base64.getDecoder();
            return new InventoryHeader(
                    format,
                    new KdfParameters(
                            integer(values, "kdf.memory-kib"),
                            integer(values, "kdf.iterations"),
                            integer(values, "kdf.parallelism")),
                    b64.decode(values.get("kdf.salt")),
                    b64.decode(values.get("key.nonce")),
                    b64.decode(values.get("key.wrapped")),
                    Boolean.parseBoolean(values.get("demo")),
                    new Anchor(
                            integer(values, "anchor.schema"),
                            Long.parseLong(values.get("anchor.seq")),
                            values.get("anchor.head"),
                            values.get("anchor.file"),
                            values.get("anchor.mac")),
                    values.get("key.check"),
                    values.get("header.mac"));
        } catch (IllegalArgumentException e) {
            throw damaged("its header holds a malformed value");
        }
    }

    private static int integer(Map<String, String> values, String key) {
        try {
            return Integer.parseInt(values.getOrDefault(key, ""));
        } catch (NumberFormatException e) {
            throw damaged("its header field " + key + " is not a number");
        }
    }

    static DamagedInventoryException damaged(String why) {
        return new DamagedInventoryException("The inventory is damaged: " + why + ". It was not opened or changed.");
    }

    private static void line(StringBuilder body, String key, Object value) {
        body.append(key).append('=').append(value).append('\n');
    }

    private static String checksum(String body) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
