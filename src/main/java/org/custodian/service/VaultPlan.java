package org.custodian.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.custodian.importer.InventoryContent;
import org.custodian.importer.vault.VaultContent;
import org.custodian.importer.vault.VaultEntry;
import org.custodian.model.Asset;
import org.custodian.model.AssetId;
import org.custodian.model.AssetReference;
import org.custodian.model.AssetSubtype;
import org.custodian.model.Grant;
import org.custodian.model.GrantId;
import org.custodian.model.GrantKind;
import org.custodian.model.InventorySnapshot;
import org.custodian.model.Rotation;
import org.custodian.model.RotationId;
import org.custodian.model.RotationKind;
import org.custodian.model.Violation;

/**
 * Turns a vault's entries into the records an import compares with the inventory: one asset per entry, the
 * vault's master password as an asset that unlocks every one of them, and a rotation on the day each
 * password last changed. Entries the inventory already holds (by their reference) keep their id and every
 * field the vault does not own, so a kind or owner changed in Custodian survives the next import. Pure.
 */
final class VaultPlan {
    private final InventorySnapshot snapshot;
    private final Map<String, AssetId> references;
    private final VaultContent vault;
    private final LocalDate today;
    private final Map<AssetId, Asset> assets = new HashMap<>();
    private final VaultNames names;
    private final List<Asset> planned = new ArrayList<>();
    private final List<Grant> grants = new ArrayList<>();
    private final List<Rotation> rotations = new ArrayList<>();
    private final List<AssetReference> newReferences = new ArrayList<>();
    private final List<Violation> problems = new ArrayList<>();
    private final AssetId master;
    private final Map<AssetId, Grant> unlockedByMaster = new HashMap<>();
    private final Map<String, Rotation> rotationsByDay = new HashMap<>();

    private VaultPlan(InventorySnapshot snapshot, List<AssetReference> known, VaultContent vault, LocalDate today) {
        this.snapshot = snapshot;
        this.references = new HashMap<>();
        known.forEach(r -> references.put(r.reference(), r.asset()));
        this.vault = vault;
        this.today = today;
        snapshot.assets().forEach(a -> assets.put(a.id(), a));
        this.master = findMaster();
        this.names = new VaultNames(snapshot.assets(), matchedAssets());
        snapshot.grants().stream()
                .filter(g -> g.from().equals(master) && g.kind() == GrantKind.UNLOCKS && g.until() == null)
                .forEach(g -> unlockedByMaster.putIfAbsent(g.to(), g));
        snapshot.rotations().stream()
                .filter(r -> r.kind() == RotationKind.ROTATED)
                .forEach(r -> rotationsByDay.putIfAbsent(r.asset() + " " + r.on(), r));
    }

    static VaultPlan of(InventorySnapshot snapshot, List<AssetReference> known, VaultContent vault, LocalDate today) {
        VaultPlan plan = new VaultPlan(snapshot, known, vault, today);
        plan.planMaster();
        plan.planEntries();
        return plan;
    }

    InventoryContent content() {
        return new InventoryContent(
                null, List.of(), List.of(), List.of(), List.of(), planned, List.of(), grants, rotations);
    }

    List<AssetReference> newReferences() {
        return List.copyOf(newReferences);
    }

    List<Violation> problems() {
        return List.copyOf(problems);
    }

    /** The inventory's assets this vault's master password unlocks that the vault no longer holds. */
    List<String> disappeared() {
        Set<AssetId> inVault = new HashSet<>();
        planned.forEach(a -> inVault.add(a.id()));
        return unlockedByMaster.keySet().stream()
                .filter(id -> !inVault.contains(id) && assets.containsKey(id))
                .map(id -> assets.get(id).name())
                .sorted()
                .toList();
    }

    /** By its reference, else as the master password that already unlocks one of the vault's known entries. */
    private AssetId findMaster() {
        AssetId byReference = known(vault.masterReference());
        if (byReference != null) {
            return byReference;
        }
        Set<AssetId> entries = new HashSet<>();
        vault.entries().forEach(e -> entries.add(known(e.reference())));
        return snapshot.grants().stream()
                .filter(g -> g.kind() == GrantKind.UNLOCKS && g.until() == null && entries.contains(g.to()))
                .map(Grant::from)
                .filter(id -> assets.get(id).subtype() == AssetSubtype.VAULT_MASTER_PASSWORD)
                .findFirst()
                .orElseGet(AssetId::random);
    }

    /** The asset a reference names, if the inventory still holds it. */
    private AssetId known(String reference) {
        AssetId id = references.get(reference);
        return id != null && assets.containsKey(id) ? id : null;
    }

    private Set<AssetId> matchedAssets() {
        Set<AssetId> matched = new HashSet<>();
        matched.add(master);
        vault.entries().stream()
                .map(e -> known(e.reference()))
                .filter(Objects::nonNull)
                .forEach(matched::add);
        return matched;
    }

    private void planMaster() {
        Asset existing = assets.get(master);
        planned.add(existing != null ? existing : VaultAssets.master(master, names.take(masterName()), vault));
        remember(vault.masterReference(), master);
    }

    private String masterName() {
        return switch (vault.format()) {
            case KEEPASS, KEEPASSXC_CSV -> "Master password of " + vault.fileName();
            case BITWARDEN ->
                vault.masterReference().startsWith("bitwarden:organisation:")
                        ? "Bitwarden organisation vault (" + vault.fileName() + ")"
                        : "Bitwarden master password (" + vault.fileName() + ")";
        };
    }

    private void planEntries() {
        Map<String, VaultEntry> byReference = new LinkedHashMap<>();
        for (VaultEntry entry : vault.entries()) {
            if (byReference.putIfAbsent(entry.reference(), entry) != null) {
                problems.add(new Violation(
                        "file",
                        vault.fileName() + ": two entries in \"" + entry.folder() + "\" are both \"" + entry.title()
                                + "\" for the same user name; the export cannot tell them apart. Rename one in"
                                + " the vault and export again."));
            }
        }
        byReference.values().forEach(this::planEntry);
    }

    private void planEntry(VaultEntry entry) {
        AssetId id = Objects.requireNonNullElseGet(known(entry.reference()), AssetId::random);
        String name = names.take(VaultAssets.nameOf(entry));
        Asset existing = assets.get(id);
        Asset asset = existing != null
                ? VaultAssets.updated(existing, name, entry, vault)
                : VaultAssets.created(id, name, entry, vault);
        planned.add(asset);
        remember(entry.reference(), id);
        grants.add(unlocks(id, entry));
        if (entry.passwordChanged() != null) {
            rotations.add(rotation(id, min(entry.passwordChanged())));
        }
    }

    private void remember(String reference, AssetId id) {
        if (!references.containsKey(reference) || !id.equals(references.get(reference))) {
            newReferences.add(new AssetReference(reference, id));
        }
    }

    /** The grant already recorded, else a new one from the day the entry was made. */
    private Grant unlocks(AssetId entry, VaultEntry source) {
        return Optional.ofNullable(unlockedByMaster.get(entry))
                .orElseGet(() -> new Grant(
                        GrantId.random(),
                        master,
                        entry,
                        GrantKind.UNLOCKS,
                        source.created() == null ? today : min(source.created()),
                        null,
                        null));
    }

    private Rotation rotation(AssetId asset, LocalDate on) {
        return Optional.ofNullable(rotationsByDay.get(asset + " " + on))
                .orElseGet(() -> new Rotation(
                        RotationId.random(),
                        asset,
                        RotationKind.ROTATED,
                        on,
                        null,
                        "Password last changed, as " + vault.fileName() + " says"));
    }

    /** A vault written on a machine whose clock ran ahead must not record the future. */
    private LocalDate min(LocalDate day) {
        return day.isAfter(today) ? today : day;
    }
}
