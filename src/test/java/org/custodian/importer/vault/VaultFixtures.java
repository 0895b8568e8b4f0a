package org.custodian.importer.vault;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;
import org.linguafranca.pwdb.PropertyValue;
import org.linguafranca.pwdb.kdbx.KdbxCreds;
import org.linguafranca.pwdb.kdbx.KdbxHeader;
import org.linguafranca.pwdb.kdbx.KdbxStreamFormat;
import org.linguafranca.pwdb.kdbx.jackson.JacksonDatabase;
import org.linguafranca.pwdb.kdbx.jackson.JacksonEntry;
import org.linguafranca.pwdb.kdbx.jackson.JacksonGroup;
import org.linguafranca.pwdb.kdbx.jackson.JacksonHistory;
import org.linguafranca.pwdb.kdbx.jackson.model.Times;
import org.linguafranca.pwdb.security.Aes;
import org.linguafranca.pwdb.security.Argon2;
import org.linguafranca.pwdb.security.ChaCha;
import org.linguafranca.pwdb.security.VariantDictionary;

/**
 * Vault files the tests write themselves: a .kdbx written by KeePassJava2, a Bitwarden JSON export and a
 * KeePassXC CSV export in their documented formats. Every field Custodian must never keep carries a
 * canary of its own ({@link #CANARIES}), so a test can say which one leaked.
 */
public final class VaultFixtures {
    public static final String PASSWORD = "CANARY-PASSWORD-7Qm";
    public static final String TOTP = "CANARY-TOTP-4Hx";
    public static final String NOTES = "CANARY-NOTES-9Lp";
    public static final String PROTECTED_FIELD = "CANARY-PROTECTED-2Wd";
    public static final String HIDDEN_FIELD = "CANARY-HIDDEN-5Rt";
    public static final String ATTACHMENT = "CANARY-ATTACHMENT-8Kc";
    public static final String CARD_NUMBER = "CANARY-CARDNUMBER-3Vb";
    public static final String CARD_CODE = "CANARY-CARDCODE-6Nz";
    public static final String IDENTITY_NUMBER = "CANARY-SSN-1Gy";
    public static final String SSH_PRIVATE_KEY = "CANARY-SSHPRIVATE-4Tj";
    public static final String PASSWORD_HISTORY = "CANARY-PWHISTORY-7Ue";
    public static final List<String> CANARIES = List.of(
            PASSWORD,
            TOTP,
            NOTES,
            PROTECTED_FIELD,
            HIDDEN_FIELD,
            ATTACHMENT,
            CARD_NUMBER,
            CARD_CODE,
            IDENTITY_NUMBER,
            SSH_PRIVATE_KEY,
            PASSWORD_HISTORY);

    /** The six groups of the issue's test vault, with a path two deep. */
    public static final List<String> GROUPS =
            List.of("Servers/Linux", "Servers/Windows", "Hosting", "Network", "Email", "Office");

    public static final String VAULT_PASSPHRASE = "correct horse vault staple";

    private VaultFixtures() {}

    public enum Kdbx {
        V3_AES_KDF,
        V4_ARGON2_CHACHA20,
        V4_AES_KDF_AES
    }

    /**
     * Writes a .kdbx of {@code entries} entries spread over {@link #GROUPS}, every secret field a canary, and
     * one more entry in the recycle bin (which an import skips).
     */
    public static Path kdbx(Path file, int entries, Kdbx format, Path keyFile) throws IOException {
        JacksonDatabase db = new JacksonDatabase();
        db.setName("IT");
        List<JacksonGroup> groups = groups(db);
        for (int i = 0; i < entries; i++) {
            JacksonGroup group = groups.get(i % groups.size());
            group.addEntry(entry(db, i, group.getName()));
        }
        db.enableRecycleBin(true);
        db.getRecycleBin().addEntry(entry(db, entries, "Deleted"));
        byte[] secret = VAULT_PASSPHRASE.getBytes(StandardCharsets.UTF_8);
        KdbxCreds creds =
                keyFile == null ? new KdbxCreds(secret) : new KdbxCreds(secret, Files.newInputStream(keyFile));
        try (OutputStream out = Files.newOutputStream(file)) {
            db.save(new KdbxStreamFormat(header(format)), creds, out);
        }
        return file;
    }

    /** Opens a fixture vault, changes it as a user would in KeePassXC, and saves it in the same format. */
    public static void edit(Path file, Consumer<JacksonDatabase> change) throws IOException {
        KdbxCreds creds = new KdbxCreds(VAULT_PASSPHRASE.getBytes(StandardCharsets.UTF_8));
        JacksonDatabase db;
        try (InputStream in = Files.newInputStream(file)) {
            db = JacksonDatabase.load(creds, in);
        }
        change.accept(db);
        try (OutputStream out = Files.newOutputStream(file)) {
            db.save(creds, out);
        }
    }

    private static List<JacksonGroup> groups(JacksonDatabase db) {
        List<JacksonGroup> leaves = new ArrayList<>();
        for (String path : GROUPS) {
            JacksonGroup parent = db.getRootGroup();
            for (String name : path.split("/")) {
                JacksonGroup found = parent.getGroups().stream()
                        .filter(g -> g.getName().equals(name))
                        .findFirst()
                        .orElse(null);
                parent = found != null ? found : parent.addGroup(db.newGroup(name));
            }
            leaves.add(parent);
        }
        return leaves;
    }

    private static JacksonEntry entry(JacksonDatabase db, int i, String group) {
        JacksonEntry entry = db.newEntry();
        String[] titles = {"root", "Administrator", "Registrar", "Wi-Fi office", "Mailbox admin", "Alarm panel"};
        entry.setTitle(titles[i % titles.length] + " " + group + " " + i);
        entry.setUsername("user" + i);
        entry.setUrl("https://host" + i + ".example.com");
        entry.setPassword(PASSWORD + i);
        entry.setNotes(NOTES + i);
        entry.setPropertyValue("otp", new PropertyValue.BytesStore(TOTP + i));
        entry.setPropertyValue("PIN", new PropertyValue.BytesStore(PROTECTED_FIELD + i));
        entry.setProperty("Recovery words", HIDDEN_FIELD + i);
        entry.setBinaryProperty("id_rsa", (ATTACHMENT + i).getBytes(StandardCharsets.UTF_8));
        datesAndHistory(db, entry, i);
        return entry;
    }

    /** Entry {@code i} was made on {@link #created}(i) and its password last changed on {@link #changed}(i). */
    public static LocalDate created(int i) {
        return LocalDate.of(2019, 1, 1).plusDays(i);
    }

    public static LocalDate changed(int i) {
        return LocalDate.of(2024, 3, 1).plusDays(i);
    }

    /**
     * KeePassJava2 has no setter for an entry's times or history (its own saves set them), so the fixture sets
     * the fields directly, as KeePassXC would have written them: an older version holding an older password.
     */
    private static void datesAndHistory(JacksonDatabase db, JacksonEntry entry, int i) {
        try {
            JacksonEntry older = db.newEntry();
            older.setTitle(entry.getTitle());
            older.setPassword(PASSWORD_HISTORY + i);
            times(older).setLastModificationTime(date(created(i)));
            JacksonHistory history = new JacksonHistory();
            history.setEntry(new ArrayList<>(List.of(older)));
            historyField().set(entry, history);
            times(entry).setCreationTime(date(created(i)));
            times(entry).setLastModificationTime(date(changed(i)));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Renames an entry as KeePassXC does: the version before the edit goes into the entry's history, and the
     * entry's last modification becomes now. The password is unchanged.
     */
    public static void rename(JacksonDatabase db, JacksonEntry entry, String title) {
        try {
            JacksonEntry before = db.newEntry();
            before.setTitle(entry.getTitle());
            before.setPassword(entry.getPassword());
            times(before).setLastModificationTime(entry.getLastModificationTime());
            JacksonHistory history = (JacksonHistory) historyField().get(entry);
            history.getEntry().add(before);
            entry.setTitle(title);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field historyField() throws ReflectiveOperationException {
        Field field = JacksonEntry.class.getDeclaredField("history");
        field.setAccessible(true);
        return field;
    }

    private static Times times(JacksonEntry entry) throws ReflectiveOperationException {
        Field field = JacksonEntry.class.getDeclaredField("times");
        field.setAccessible(true);
        return (Times) field.get(entry);
    }

    private static Date date(LocalDate day) {
        return Date.from(day.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }

    private static KdbxHeader header(Kdbx format) {
        KdbxHeader header = new KdbxHeader(format == Kdbx.V3_AES_KDF ? 3 : 4);
        if (format == Kdbx.V4_ARGON2_CHACHA20) {
            header.setCipherAlgorithm(ChaCha.getInstance());
            header.setKeyDerivationFunction(Argon2.getInstance());
            VariantDictionary kdf = Argon2.getInstance().createKdfParameters();
            kdf.putULong("M", 1024 * 1024); // 1 MiB and one pass: the format, not the cost, is under test
            kdf.putULong("I", 1);
            header.setKdfParameters(kdf);
        } else if (format == Kdbx.V4_AES_KDF_AES) {
            header.setKeyDerivationFunction(Aes.getInstance());
            VariantDictionary kdf = Aes.getInstance().createKdfParameters();
            kdf.putULong("R", 1000);
            header.setKdfParameters(kdf);
        } else {
            header.setTransformRounds(1000);
        }
        return header;
    }
}
