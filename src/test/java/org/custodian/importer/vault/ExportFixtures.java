package org.custodian.importer.vault;

import static org.custodian.importer.vault.VaultFixtures.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The two plain-text exports, written as Bitwarden and KeePassXC write them, with a canary in every field an
 * import must not keep. Entry {@code i} is in group {@code GROUPS[i % 6]}, made on {@link
 * VaultFixtures#created} and changed on {@link VaultFixtures#changed}, as in the .kdbx fixture.
 */
public final class ExportFixtures {
    /** Entries beyond the logins in a Bitwarden fixture: a card, an SSH key and a secure note. */
    public static final int BITWARDEN_EXTRA_ENTRIES = 3;

    /** Items a Bitwarden import skips: an identity and a deleted login. */
    public static final int BITWARDEN_SKIPPED = 2;

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExportFixtures() {}

    /** Bitwarden's unencrypted JSON export: personal (folders) or an organisation's (collections). */
    public static Path bitwarden(Path file, int logins, boolean organisation) throws IOException {
        ObjectNode root = JSON.createObjectNode().put("encrypted", false);
        ArrayNode folders = root.putArray(organisation ? "collections" : "folders");
        String org = organisation ? "7d1c0e56-1b2a-4c3d-9e8f-0a1b2c3d4e5f" : null;
        for (int g = 0; g < GROUPS.size(); g++) {
            ObjectNode folder = folders.addObject().put("id", id("folder", g)).put("name", GROUPS.get(g));
            if (organisation) {
                folder.put("organizationId", org).putNull("externalId");
            }
        }
        ArrayNode items = root.putArray("items");
        for (int i = 0; i < logins; i++) {
            login(items.addObject(), i, org);
        }
        card(item(items.addObject(), logins, org, 3));
        sshKey(item(items.addObject(), logins + 1, org, 5));
        item(items.addObject(), logins + 2, org, 2).putObject("secureNote").put("type", 0);
        identity(item(items.addObject(), logins + 3, org, 4));
        login(items.addObject(), logins + 4, org).put("deletedDate", instant(changed(1)));
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
        return file;
    }

    private static ObjectNode item(ObjectNode item, int i, String org, int type) {
        item.putArray("passwordHistory")
                .addObject()
                .put("lastUsedDate", instant(created(i)))
                .put("password", PASSWORD_HISTORY + i);
        item.put("revisionDate", instant(changed(i)))
                .put("creationDate", instant(created(i)))
                .putNull("deletedDate")
                .put("id", id("item", i))
                .put("organizationId", org)
                .put("type", type)
                .put("reprompt", 0)
                .put("name", "Item " + i)
                .put("notes", NOTES + i)
                .put("favorite", false);
        if (org == null) {
            item.put("folderId", id("folder", i % GROUPS.size())).putNull("collectionIds");
        } else {
            item.putNull("folderId").putArray("collectionIds").add(id("folder", i % GROUPS.size()));
        }
        ArrayNode fields = item.putArray("fields");
        fields.addObject()
                .put("name", "PIN")
                .put("value", PROTECTED_FIELD + i)
                .put("type", 1)
                .putNull("linkedId");
        fields.addObject()
                .put("name", "Recovery")
                .put("value", HIDDEN_FIELD + i)
                .put("type", 0)
                .putNull("linkedId");
        item.putArray("attachments").addObject().put("fileName", "id_rsa").put("url", ATTACHMENT + i);
        return item;
    }

    private static ObjectNode login(ObjectNode item, int i, String org) {
        item(item, i, org, 1).put("name", "Admin console " + i);
        ObjectNode login = item.putObject("login");
        login.putArray("fido2Credentials");
        login.putArray("uris").addObject().putNull("match").put("uri", "https://host" + i + ".example.com");
        login.put("username", "user" + i)
                .put("password", PASSWORD + i)
                .put("totp", "otpauth://totp/x?secret=" + TOTP + i)
                .put("passwordRevisionDate", instant(changed(i)));
        return item;
    }

    private static void card(ObjectNode item) {
        item.put("name", "Company Visa");
        item.putObject("card")
                .put("cardholderName", "Hartwell Moor")
                .put("brand", "Visa")
                .put("number", CARD_NUMBER)
                .put("expMonth", "12")
                .put("expYear", "2030")
                .put("code", CARD_CODE);
    }

    private static void sshKey(ObjectNode item) {
        item.put("name", "Deploy key");
        item.putObject("sshKey")
                .put("privateKey", SSH_PRIVATE_KEY)
                .put("publicKey", "ssh-ed25519 AAAAC3Nz deploy@example")
                .put("keyFingerprint", "SHA256:abc");
    }

    private static void identity(ObjectNode item) {
        item.put("name", "Director's passport");
        item.putObject("identity")
                .put("firstName", "Dana")
                .put("ssn", IDENTITY_NUMBER)
                .put("passportNumber", IDENTITY_NUMBER);
    }

    /** KeePassXC's CSV export (2.7: with TOTP, icon and dates). */
    public static Path keepassxcCsv(Path file, int entries) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(
                        out,
                        CSVFormat.RFC4180
                                .builder()
                                .setQuoteMode(org.apache.commons.csv.QuoteMode.ALL)
                                .get())) {
            csv.printRecord(
                    "Group",
                    "Title",
                    "Username",
                    "Password",
                    "URL",
                    "Notes",
                    "TOTP",
                    "Icon",
                    "Last Modified",
                    "Created");
            for (int i = 0; i < entries; i++) {
                csv.printRecord(
                        "Root/" + GROUPS.get(i % GROUPS.size()),
                        "Admin console " + i,
                        "user" + i,
                        PASSWORD + i,
                        "https://host" + i + ".example.com",
                        NOTES + i,
                        "otpauth://totp/x?secret=" + TOTP + i,
                        "0",
                        instant(changed(i)),
                        instant(created(i)));
            }
        }
        return file;
    }

    private static String id(String what, int i) {
        return UUID.nameUUIDFromBytes((what + i).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private static String instant(LocalDate day) {
        return day + "T12:00:00.000Z";
    }
}
