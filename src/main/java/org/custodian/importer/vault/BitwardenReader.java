package org.custodian.importer.vault;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads Bitwarden's unencrypted JSON export, personal (folders) or organisation (collections). Items become
 * entries with their name, folder or collections, user name, first URI and dates; a login's password, TOTP,
 * passkeys, custom fields, password history, a card's number and code, an SSH key and attachments are read
 * past. Identities are skipped whole (a person's papers, not a way into the company), as are deleted items.
 */
final class BitwardenReader {
    /** Bitwarden's item types. */
    private static final int LOGIN = 1;

    private static final int NOTE = 2;
    private static final int CARD = 3;
    private static final int IDENTITY = 4;
    private static final int SSH_KEY = 5;

    /** The parts of an item that hold or may hold a secret: each present one counts as a dropped field. */
    private static final Set<String> SECRET_PARTS =
            Set.of("fields", "passwordHistory", "attachments", "card", "sshKey");

    private final VaultFile vault;
    private final Map<String, String> folders = new HashMap<>();
    private final List<VaultEntry> entries = new ArrayList<>();
    private int dropped;
    private int skipped;

    private BitwardenReader(VaultFile vault) {
        this.vault = vault;
    }

    static VaultContent read(VaultFile vault) {
        VaultFiles.requireReadable(vault);
        JsonNode root = parse(vault);
        if (root.path("encrypted").asBoolean(false)) {
            throw VaultFiles.refused(
                    vault,
                    "is an encrypted Bitwarden export; export again as \"JSON\" (not"
                            + " \"JSON (Encrypted)\"), import it, and delete the export afterwards.");
        }
        if (!root.path("items").isArray()) {
            throw VaultFiles.refused(vault, "is not a Bitwarden JSON export: it has no \"items\" list.");
        }
        BitwardenReader reader = new BitwardenReader(vault);
        root.path("folders")
                .forEach(f ->
                        reader.folders.put(f.path("id").asText(), f.path("name").asText()));
        root.path("collections")
                .forEach(c ->
                        reader.folders.put(c.path("id").asText(), c.path("name").asText()));
        root.path("items").forEach(reader::item);
        return new VaultContent(
                VaultFormat.BITWARDEN,
                vault.fileName(),
                masterReference(root, vault),
                reader.entries,
                reader.dropped,
                reader.skipped);
    }

    private static JsonNode parse(VaultFile vault) {
        try {
            return new ObjectMapper().readTree(vault.file().toFile());
        } catch (JsonProcessingException e) {
            throw VaultFiles.refused(
                    vault,
                    "is not valid JSON (line " + e.getLocation().getLineNr()
                            + "); export the vault again from Bitwarden as \"JSON\".");
        } catch (IOException e) {
            throw VaultFiles.refused(vault, "cannot be read (" + e.getClass().getSimpleName() + ").");
        }
    }

    /** An organisation's vault is named by its id; a personal one has none in the export, so by its file. */
    private static String masterReference(JsonNode root, VaultFile vault) {
        for (JsonNode node : root.path("collections")) {
            if (node.hasNonNull("organizationId")) {
                return "bitwarden:organisation:" + node.get("organizationId").asText();
            }
        }
        for (JsonNode node : root.path("items")) {
            if (node.hasNonNull("organizationId")) {
                return "bitwarden:organisation:" + node.get("organizationId").asText();
            }
        }
        return "bitwarden:personal:" + vault.fileName();
    }

    private void item(JsonNode item) {
        int type = item.path("type").asInt();
        if (item.hasNonNull("deletedDate") || type == IDENTITY || !item.hasNonNull("id")) {
            skipped++;
            return;
        }
        countDropped(item);
        JsonNode login = item.path("login");
        entries.add(new VaultEntry(
                "bitwarden:item:" + item.get("id").asText(),
                VaultFiles.blankToNull(item.path("name").asText(null)),
                folder(item),
                VaultFiles.blankToNull(login.path("username").asText(null)),
                VaultFiles.blankToNull(login.path("uris").path(0).path("uri").asText(null)),
                kind(type),
                day(item.path("creationDate")),
                passwordChanged(item),
                vault.includeNotes() ? VaultFiles.blankToNull(item.path("notes").asText(null)) : null));
    }

    private static String kind(int type) {
        return switch (type) {
            case LOGIN -> "login";
            case NOTE -> "secure note";
            case CARD -> "card";
            case SSH_KEY -> "ssh key";
            default -> "item";
        };
    }

    private String folder(JsonNode item) {
        if (item.path("collectionIds").isArray() && !item.path("collectionIds").isEmpty()) {
            List<String> names = new ArrayList<>();
            item.path("collectionIds").forEach(id -> names.add(folders.getOrDefault(id.asText(), id.asText())));
            return (names.size() == 1 ? "collection " : "collections ") + String.join(", ", names);
        }
        return folders.getOrDefault(item.path("folderId").asText(""), "");
    }

    /** A login's password revision date; a password never changed was set when the item was made. */
    private LocalDate passwordChanged(JsonNode item) {
        LocalDate revised = day(item.path("login").path("passwordRevisionDate"));
        return revised != null ? revised : day(item.path("creationDate"));
    }

    private void countDropped(JsonNode item) {
        JsonNode login = item.path("login");
        for (String part : List.of("password", "totp", "fido2Credentials")) {
            if (present(login.path(part))) {
                dropped++;
            }
        }
        if (!vault.includeNotes() && present(item.path("notes"))) {
            dropped++;
        }
        for (String part : SECRET_PARTS) {
            JsonNode node = item.path(part);
            dropped += node.isArray() ? node.size() : present(node) ? 1 : 0;
        }
    }

    private static boolean present(JsonNode node) {
        return !node.isMissingNode() && !node.isNull() && !(node.isContainerNode() && node.isEmpty());
    }

    private LocalDate day(JsonNode node) {
        if (!node.isTextual()) {
            return null;
        }
        try {
            return VaultFiles.day(Instant.parse(node.asText()));
        } catch (DateTimeParseException e) {
            throw VaultFiles.refused(vault, "has a date this import cannot read; export the vault again.");
        }
    }
}
