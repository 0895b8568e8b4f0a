package org.custodian.analysis;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.custodian.model.Asset;
import org.custodian.model.AssetDetails.PhysicalKey;
import org.custodian.model.AssetId;
import org.custodian.model.Custody;
import org.custodian.model.CustodyRole;
import org.custodian.model.Grant;
import org.custodian.model.GrantKind;
import org.custodian.model.Group;
import org.custodian.model.GroupId;
import org.custodian.model.InventorySnapshot;
import org.custodian.model.NaturalOrder;
import org.custodian.model.NotFoundException;
import org.custodian.model.Organisation;
import org.custodian.model.OrganisationId;
import org.custodian.model.Person;
import org.custodian.model.PersonId;
import org.custodian.model.Rotation;
import org.custodian.model.RotationKind;

/**
 * The inventory as it stood on one day, turned into int-indexed arrays once so that every question
 * after that is a walk over plain arrays. People, groups and assets are numbered in name order, which
 * makes every answer come out in the same order whatever order the snapshot listed them in.
 */
public final class AccessGraph {
    static final int OPEN = Integer.MAX_VALUE;
    static final int NEVER = Integer.MIN_VALUE;

    private final InventorySnapshot snapshot;
    private final LocalDate asOf;
    final int today;

    final Asset[] assets;
    final Person[] people;
    final Group[] groups;
    private final Map<AssetId, Integer> assetIndex;
    private final Map<PersonId, Integer> personIndex;
    private final Map<GroupId, Integer> groupIndex;
    private final Map<OrganisationId, Organisation> organisations;

    final int[] grantSource;
    final int[] grantTarget;
    final GrantKind[] grantKind;
    final Adjacency grantsFrom;
    final Adjacency grantsTo;

    final Custody[] custody;
    final int[] custodyAsset;
    final int[] custodyFrom;
    final int[] custodyUntil;
    final int[] custodyPerson;
    final int[] custodyGroup;
    final Adjacency custodyByPerson;
    final Adjacency custodyByGroup;
    final Adjacency custodyByAsset;

    final int[] lastRotation;
    final RotationKind[] lastRotationKind;
    final int[] unaccountedCopies;
    final MembershipWindows windows;

    private AccessGraph(InventorySnapshot snapshot, LocalDate asOf) {
        this.snapshot = snapshot;
        this.asOf = asOf;
        this.today = (int) asOf.toEpochDay();
        Comparator<String> byName = NaturalOrder.NAMES;
        assets = snapshot.assets().stream()
                .sorted(Comparator.comparing(Asset::name, byName).thenComparing(a -> a.id().toString()))
                .toArray(Asset[]::new);
        people = snapshot.people().stream()
                .sorted(Comparator.comparing(Person::name, byName).thenComparing(p -> p.id().toString()))
                .toArray(Person[]::new);
        groups = snapshot.groups().stream()
                .sorted(Comparator.comparing(Group::name, byName).thenComparing(g -> g.id().toString()))
                .toArray(Group[]::new);
        assetIndex = indexOf(assets, Asset::id);
        personIndex = indexOf(people, Person::id);
        groupIndex = indexOf(groups, Group::id);
        organisations = new HashMap<>();
        snapshot.organisations().forEach(o -> organisations.put(o.id(), o));

        Grant[] grants = CanonicalOrder.grants(
                this::assetIndex,
                assets.length,
                snapshot.grants().stream().filter(g -> g.activeOn(asOf)).toArray(Grant[]::new));
        grantSource = new int[grants.length];
        grantTarget = new int[grants.length];
        grantKind = new GrantKind[grants.length];
        for (int e = 0; e < grants.length; e++) {
            grantSource[e] = assetIndex(grants[e].from());
            grantTarget[e] = assetIndex(grants[e].to());
            grantKind[e] = grants[e].kind();
        }
        grantsFrom = Adjacency.group(assets.length, grantSource);
        grantsTo = Adjacency.group(assets.length, grantTarget);

        custody = CanonicalOrder.custody(
                this::assetIndex,
                assets.length,
                snapshot.custody().stream().filter(c -> !c.from().isAfter(asOf)).toArray(Custody[]::new));
        custodyAsset = new int[custody.length];
        custodyFrom = new int[custody.length];
        custodyUntil = new int[custody.length];
        custodyPerson = new int[custody.length];
        custodyGroup = new int[custody.length];
        for (int c = 0; c < custody.length; c++) {
            custodyAsset[c] = assetIndex(custody[c].asset());
            custodyFrom[c] = day(custody[c].from());
            custodyUntil[c] = custody[c].until() == null ? OPEN : day(custody[c].until());
            custodyPerson[c] = custody[c].holder() instanceof PersonId p ? personIndex(p) : -1;
            custodyGroup[c] = custody[c].holder() instanceof GroupId g ? groupIndex(g) : -1;
        }
        custodyByPerson = Adjacency.group(people.length, custodyPerson);
        custodyByGroup = Adjacency.group(groups.length, custodyGroup);
        custodyByAsset = Adjacency.group(assets.length, custodyAsset);

        lastRotation = new int[assets.length];
        lastRotationKind = new RotationKind[assets.length];
        Arrays.fill(lastRotation, NEVER);
        for (Rotation rotation : snapshot.rotations()) {
            int a = assetIndex(rotation.asset());
            int on = day(rotation.on());
            boolean later = on > lastRotation[a]
                    || on == lastRotation[a] && rotation.kind().compareTo(lastRotationKind[a]) > 0;
            if (on <= today && later) {
                lastRotation[a] = on;
                lastRotationKind[a] = rotation.kind();
            }
        }
        unaccountedCopies = countUnaccountedCopies();
        windows = MembershipWindows.build(this, snapshot.memberships());
    }

    /** The graph of everything active on {@code asOf}; rotations after that day are not known yet. */
    public static AccessGraph of(InventorySnapshot snapshot, LocalDate asOf) {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(asOf, "asOf");
        return new AccessGraph(snapshot, asOf);
    }

    public LocalDate asOf() {
        return asOf;
    }

    public InventorySnapshot snapshot() {
        return snapshot;
    }

    public int assetCount() {
        return assets.length;
    }

    /** Grants, custody and memberships that the walks can follow; the size measure for speed. */
    public int edgeCount() {
        return grantSource.length + custody.length + windows.membershipCount();
    }

    public Optional<Asset> asset(AssetId id) {
        Integer index = assetIndex.get(id);
        return index == null ? Optional.empty() : Optional.of(assets[index]);
    }

    public Optional<Person> person(PersonId id) {
        Integer index = personIndex.get(id);
        return index == null ? Optional.empty() : Optional.of(people[index]);
    }

    public Optional<Organisation> organisation(OrganisationId id) {
        return Optional.ofNullable(organisations.get(id));
    }

    /** People in name order. */
    public List<Person> people() {
        return List.of(people);
    }

    /** Assets in name order. */
    public List<Asset> assets() {
        return List.of(assets);
    }

    int assetIndex(AssetId id) {
        Integer index = assetIndex.get(id);
        if (index == null) {
            throw new NotFoundException("That asset is not in the inventory.");
        }
        return index;
    }

    int personIndex(PersonId id) {
        Integer index = personIndex.get(id);
        if (index == null) {
            throw new NotFoundException("That person is not in the inventory.");
        }
        return index;
    }

    int groupIndex(GroupId id) {
        Integer index = groupIndex.get(id);
        if (index == null) {
            throw new NotFoundException("That group is not in the inventory.");
        }
        return index;
    }

    LocalDate date(int day) {
        return day == OPEN || day == NEVER ? null : LocalDate.ofEpochDay(day);
    }

    static int day(LocalDate date) {
        return (int) date.toEpochDay();
    }

    static boolean confersAccess(CustodyRole role) {
        return role == CustodyRole.HOLDS
                || role == CustodyRole.BACKUP
                || role == CustodyRole.MFA_DEVICE
                || role == CustodyRole.RECOVERY_CONTACT;
    }

    private int[] countUnaccountedCopies() {
        int[] unaccounted = new int[assets.length];
        for (int a = 0; a < assets.length; a++) {
            if (assets[a].details() instanceof PhysicalKey key) {
                unaccounted[a] = key.copiesOut();
            }
        }
        for (int c = 0; c < custody.length; c++) {
            CustodyRole role = custody[c].role();
            boolean holdsCopy = role == CustodyRole.HOLDS || role == CustodyRole.BACKUP;
            if (holdsCopy && custodyUntil[c] > today && assets[custodyAsset[c]].details() instanceof PhysicalKey) {
                Integer copies = custody[c].copies();
                unaccounted[custodyAsset[c]] -= copies == null ? 1 : copies;
            }
        }
        return unaccounted;
    }

    private static <T, K> Map<K, Integer> indexOf(T[] items, Function<T, K> id) {
        Map<K, Integer> index = new HashMap<>(items.length * 2);
        for (int i = 0; i < items.length; i++) {
            if (index.put(id.apply(items[i]), i) != null) {
                throw new IllegalArgumentException("The snapshot lists the same id twice: " + id.apply(items[i]));
            }
        }
        return index;
    }
}
