package org.custodian.importer.vault;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.custodian.model.WrongPassphraseException;
import org.linguafranca.pwdb.Credentials;
import org.linguafranca.pwdb.Entry;
import org.linguafranca.pwdb.kdbx.KdbxCreds;
import org.linguafranca.pwdb.kdbx.jackson.JacksonDatabase;
import org.linguafranca.pwdb.kdbx.jackson.JacksonEntry;
import org.linguafranca.pwdb.kdbx.jackson.JacksonGroup;

/**
 * Opens a KeePass / KeePassXC {@code .kdbx} (KDBX 3.1 and 4, AES-KDF or Argon2, AES or ChaCha20, with or
 * without a key file) through KeePassJava2 and keeps only titles, groups, user names, URLs and dates (see
 * docs/adr/0009-keepass-import.md). Passwords and every other field are read past, never copied.
 */
final class KeePassReader {
    /** The only entry fields kept; notes only when asked for. */
    private static final Set<String> KEPT = Set.of(
            Entry.STANDARD_PROPERTY_NAME_TITLE,
            Entry.STANDARD_PROPERTY_NAME_USER_NAME,
            Entry.STANDARD_PROPERTY_NAME_URL);

    private final VaultFile vault;
    private final List<VaultEntry> entries = new ArrayList<>();
    private int dropped;
    private int skipped;

    private KeePassReader(VaultFile vault) {
        this.vault = vault;
    }

    static VaultContent read(VaultFile vault) {
        VaultFiles.requireReadable(vault);
        KeePassErrors.refuseArgon2id(vault);
        JacksonDatabase database = open(vault);
        KeePassReader reader = new KeePassReader(vault);
        JacksonGroup root = database.getRootGroup();
        reader.walk(root, "");
        return new VaultContent(
                VaultFormat.KEEPASS,
                vault.fileName(),
                "keepass:root:" + root.getUuid(),
                reader.entries,
                reader.dropped,
                reader.skipped);
    }

    private static JacksonDatabase open(VaultFile vault) {
        byte[] secret = utf8(vault.passphrase());
        try (InputStream in = Files.newInputStream(vault.file());
                InputStream key = vault.keyFile() == null ? null : Files.newInputStream(vault.keyFile())) {
            return JacksonDatabase.load(credentials(secret, key), in);
        } catch (IOException e) {
            throw KeePassErrors.unreadable(vault, e);
        } catch (RuntimeException e) {
            throw KeePassErrors.classify(vault, e);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    /** A key file alone opens a vault made without a passphrase. */
    private static Credentials credentials(byte[] secret, InputStream key) {
        if (key == null) {
            return new KdbxCreds(secret);
        }
        return secret.length == 0 ? new KdbxCreds(key) : new KdbxCreds(secret, key);
    }

    /** The passphrase as UTF-8 bytes, in a buffer the caller wipes; the intermediate buffer is wiped here. */
    private static byte[] utf8(char[] passphrase) {
        if (passphrase == null) {
            throw new WrongPassphraseException("No passphrase was given for the vault.");
        }
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(passphrase));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        Arrays.fill(encoded.array(), (byte) 0);
        return bytes;
    }

    private void walk(JacksonGroup group, String path) {
        if (group.isRecycleBin()) {
            skipped += count(group);
            return;
        }
        for (JacksonEntry entry : group.getEntries()) {
            entries.add(entry(entry, path));
        }
        for (JacksonGroup child : group.getGroups()) {
            walk(child, path.isEmpty() ? child.getName() : path + "/" + child.getName());
        }
    }

    private static int count(JacksonGroup group) {
        int n = group.getEntriesCount();
        for (JacksonGroup child : group.getGroups()) {
            n += count(child);
        }
        return n;
    }

    private VaultEntry entry(JacksonEntry entry, String path) {
        countDropped(entry);
        return new VaultEntry(
                "keepass:entry:" + entry.getUuid(),
                VaultFiles.blankToNull(entry.getTitle()),
                path,
                VaultFiles.blankToNull(entry.getUsername()),
                VaultFiles.blankToNull(entry.getUrl()),
                "entry",
                VaultFiles.day(entry.getCreationTime()),
                KeePassHistory.passwordChanged(entry),
                vault.includeNotes() ? VaultFiles.blankToNull(entry.getNotes()) : null);
    }

    /** Counts by name only: a field's value is never looked at, so no secret is copied out of the library. */
    private void countDropped(JacksonEntry entry) {
        for (String name : entry.getPropertyNames()) {
            boolean kept =
                    KEPT.contains(name) || (vault.includeNotes() && name.equals(Entry.STANDARD_PROPERTY_NAME_NOTES));
            if (!kept) {
                dropped++;
            }
        }
        dropped += entry.getBinaryPropertyNames().size();
    }
}
