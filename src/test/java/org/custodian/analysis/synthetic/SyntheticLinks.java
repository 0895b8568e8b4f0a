package org.custodian.analysis.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.custodian.model.Asset;
import org.custodian.model.AssetDetails.PrivilegedAccount;
import org.custodian.model.AssetKind;
import org.custodian.model.Custody;
import org.custodian.model.CustodyId;
import org.custodian.model.CustodyRole;
import org.custodian.model.EndReason;
import org.custodian.model.Grant;
import org.custodian.model.GrantId;
import org.custodian.model.GrantKind;
import org.custodian.model.Group;
import org.custodian.model.Membership;
import org.custodian.model.MembershipId;
import org.custodian.model.Person;
import org.custodian.model.PersonStatus;
import org.custodian.model.Principal;
import org.custodian.model.Rotation;
import org.custodian.model.RotationId;
import org.custodian.model.RotationKind;

/**
 * The edges of a synthetic inventory: nested group memberships with the odd cycle, custody mostly inside
 * a person's home clusters, grants that mostly run down a cluster with some across and some back up
 * (so cycles are common), and rotations.
 */
final class SyntheticLinks {
    private static final LocalDate REFERENCE = SyntheticInventory.REFERENCE_DAY;
    private static final CustodyRole[] ROLES = CustodyRole.values();
    private static final EndReason[] END_REASONS = EndReason.values();

    private final SyntheticShape shape;
    private final Draw draw;
    private final List<Person> people;
    private final List<Group> groups;
    private final List<Asset> assets;
    private final List<Membership> memberships = new ArrayList<>();
    private final List<Custody> custody = new ArrayList<>();
    private final List<Grant> grants = new ArrayList<>();
    private final List<Rotation> rotations = new ArrayList<>();

    SyntheticLinks(SyntheticShape shape, Draw draw, List<Person> people, List<Group> groups, List<Asset> assets) {
        this.shape = shape;
        this.draw = draw;
        this.people = people;
        this.groups = groups;
        this.assets = assets;
        addMemberships();
        addCustody();
        addGrants();
        addRotations();
    }

    List<Membership> memberships() {
        return memberships;
    }

    List<Custody> custody() {
        return custody;
    }

    List<Grant> grants() {
        return grants;
    }

    List<Rotation> rotations() {
        return rotations;
    }

    private void addMemberships() {
        for (int g = 1; g < groups.size(); g++) {
            Group parent = groups.get((g - 1) / 4);
            memberships.add(membership(parent, groups.get(g).id(), SyntheticInventory.EARLIEST, null));
            if (g % 8 == 7) {
                memberships.add(membership(groups.get(g), parent.id(), SyntheticInventory.EARLIEST, null));
            }
        }
        for (Person person : people) {
            int count = 1 + draw.below(2);
            for (int i = 0; i < count; i++) {
                LocalDate from = draw.between(SyntheticInventory.EARLIEST, REFERENCE);
                LocalDate until = person.status() == PersonStatus.DEPARTED
                        ? later(from, person.departedOn())
                        : draw.chance(0.15) ? draw.between(from.plusDays(1), REFERENCE.plusDays(1)) : null;
                memberships.add(membership(groups.get(draw.below(groups.size())), person.id(), from, until));
            }
        }
    }

    private Membership membership(Group group, Principal member, LocalDate from, LocalDate until) {
        return new Membership(new MembershipId(draw.uuid()), group.id(), member, from, until);
    }

    private void addCustody() {
        int clusters = (assets.size() + shape.clusterSize() - 1) / shape.clusterSize();
        for (Person person : people) {
            int[] home = {draw.below(clusters), draw.below(clusters)};
            int count = draw.around(shape.custodyPerPerson());
            for (int i = 0; i < count; i++) {
                int asset = draw.chance(0.8) ? inCluster(home[draw.below(2)]) : draw.below(assets.size());
                boolean closed = person.status() == PersonStatus.DEPARTED && draw.chance(0.95);
                LocalDate departed = closed ? person.departedOn() : null;
                custody.add(custody(person.id(), assets.get(asset), departed));
            }
        }
        for (Group group : groups) {
            int cluster = draw.below(clusters);
            for (int i = 0; i < shape.custodyPerGroup(); i++) {
                custody.add(custody(group.id(), assets.get(inCluster(cluster)), null));
            }
        }
    }

    private Custody custody(Principal holder, Asset asset, LocalDate endedBy) {
        CustodyRole role = ROLES[draw.weighted(65, 12, 5, 5, 8, 5)];
        if (role == CustodyRole.CALL_LIST && asset.kind() != AssetKind.ALARM_CODE) {
            role = CustodyRole.HOLDS;
        }
        LocalDate from = draw.between(SyntheticInventory.EARLIEST, endedBy == null ? REFERENCE : endedBy);
        LocalDate until = endedBy != null
                ? later(from, endedBy)
                : draw.chance(0.2) ? draw.between(from.plusDays(1), REFERENCE.plusDays(1)) : null;
        EndReason reason = until == null ? null : END_REASONS[draw.below(END_REASONS.length)];
        return new Custody(
                new CustodyId(draw.uuid()),
                asset.id(),
                holder,
                role,
                from,
                until,
                reason,
                asset.kind() == AssetKind.PHYSICAL_KEY ? 1 : null,
                null);
    }

    private void addGrants() {
        int cluster = shape.clusterSize();
        for (int i = 0; i < assets.size(); i++) {
            int first = i - i % cluster;
            int end = Math.min(first + cluster, assets.size());
            int count = draw.around(shape.grantsPerAsset());
            for (int k = 0; k < count; k++) {
                int target;
                if (draw.chance(shape.crossClusterShare()) || i + 1 >= end) {
                    target = draw.below(assets.size());
                } else if (draw.chance(0.01)) {
                    target = first + draw.below(i - first + 1);
                } else {
                    target = i + 1 + draw.below(end - i - 1);
                }
                if (target != i) {
                    grants.add(grant(assets.get(i), assets.get(target)));
                }
            }
        }
    }

    private Grant grant(Asset from, Asset to) {
        GrantKind kind = switch (from.kind()) {
            case SHARED_SECRET -> GrantKind.UNLOCKS;
            case PHYSICAL_KEY -> GrantKind.PHYSICALLY_OPENS;
            case HOSTING_LOGIN -> GrantKind.CAN_RESET;
            case PRIVILEGED_ACCOUNT -> GrantKind.ADMINISTERS;
            default -> GrantKind.values()[draw.below(GrantKind.values().length)];
        };
        LocalDate since = draw.between(SyntheticInventory.EARLIEST, REFERENCE);
        LocalDate until = draw.chance(0.05) ? draw.between(since.plusDays(1), REFERENCE.plusDays(1)) : null;
        return new Grant(new GrantId(draw.uuid()), from.id(), to.id(), kind, since, until, null);
    }

    private void addRotations() {
        for (Asset asset : assets) {
            if (draw.chance(0.3)) {
                int count = 1 + draw.below(2);
                for (int i = 0; i < count; i++) {
                    rotations.add(new Rotation(
                            new RotationId(draw.uuid()),
                            asset.id(),
                            rotationKind(asset),
                            draw.between(REFERENCE.minusYears(3), REFERENCE),
                            null,
                            null));
                }
            }
        }
    }

    private static RotationKind rotationKind(Asset asset) {
        if (asset.details() instanceof PrivilegedAccount account && account.personalAccount()) {
            return RotationKind.DISABLED;
        }
        return switch (asset.kind()) {
            case PHYSICAL_KEY -> RotationKind.RE_KEYED;
            case PURCHASING_AUTHORITY, NETWORK_ALLOWANCE -> RotationKind.REVOKED;
            default -> RotationKind.ROTATED;
        };
    }

    private int inCluster(int cluster) {
        int first = cluster * shape.clusterSize();
        return first + draw.below(Math.min(shape.clusterSize(), assets.size() - first));
    }

    private static LocalDate later(LocalDate from, LocalDate until) {
        return until.isAfter(from) ? until : from.plusDays(1);
    }
}
