package org.custodian.analysis;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.custodian.model.AssetSubtype;
import org.custodian.model.Custody;
import org.custodian.model.EndReason;
import org.custodian.model.Grant;
import org.custodian.model.GrantId;
import org.custodian.model.GrantKind;
import org.custodian.model.InventoryInfo;
import org.custodian.model.InventorySnapshot;
import org.custodian.model.Membership;
import org.custodian.model.Organisation;
import org.custodian.model.OrganisationId;
import org.custodian.model.OrganisationKind;
import org.custodian.model.PersonId;
import org.custodian.model.Rotation;
import org.custodian.model.RotationId;
import org.custodian.model.RotationKind;

/**
 * A tiny inventory written as sentences: {@code f.person("ann").holds(f.secret("nas"))},
 * {@code f.asset("nas").unlocks(f.asset("nas-data"))}. Ids come from names, so two fixtures written
 * the same way are equal, and custody starts on {@link #START} unless told otherwise.
 */
final class Fixture {
    static final LocalDate START = LocalDate.of(2020, 1, 1);
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    final Map<String, FixturePerson> people = new LinkedHashMap<>();
    final Map<String, FixtureGroup> groups = new LinkedHashMap<>();
    final Map<String, FixtureAsset> assets = new LinkedHashMap<>();
    final Map<String, Organisation> organisations = new LinkedHashMap<>();
    final List<FixtureCustody> custody = new ArrayList<>();
    final List<FixtureMembership> memberships = new ArrayList<>();
    final List<Grant> grants = new ArrayList<>();
    final List<Rotation> rotations = new ArrayList<>();
    private int sequence;

    static UUID uuid(String kind, String name) {
        return UUID.nameUUIDFromBytes((kind + ":" + name).getBytes(StandardCharsets.UTF_8));
    }

    static PersonId uuidPerson(String name) {
        return new PersonId(uuid("person", name));
    }

    UUID next(String kind) {
        return uuid(kind, Integer.toString(++sequence));
    }

    FixturePerson person(String name) {
        return people.computeIfAbsent(name, n -> new FixturePerson(this, n));
    }

    FixtureGroup group(String name) {
        return groups.computeIfAbsent(name, n -> new FixtureGroup(this, n));
    }

    /** The named asset, made a shared password if it is new. */
    FixtureAsset asset(String name) {
        return asset(name, AssetSubtype.SHARED_PASSWORD);
    }

    FixtureAsset asset(String name, AssetSubtype subtype) {
        return assets.computeIfAbsent(name, n -> new FixtureAsset(this, n, subtype));
    }

    FixtureAsset secret(String name) {
        return asset(name, AssetSubtype.SHARED_PASSWORD);
    }

    FixtureAsset key(String name, int copiesIssued, int copiesReturned) {
        return asset(name, AssetSubtype.KEY).copies(copiesIssued, copiesReturned);
    }

    FixtureAsset personalAccount(String name) {
        return asset(name, AssetSubtype.ADMIN).personal(true);
    }

    OrganisationId organisation(String name, OrganisationKind kind) {
        return organisations
                .computeIfAbsent(
                        name, n -> new Organisation(new OrganisationId(uuid("organisation", n)), n, kind, null, null))
                .id();
    }

    OrganisationId organisation(String name) {
        return organisation(name, OrganisationKind.IT_PROVIDER);
    }

    FixtureAsset grant(FixtureAsset from, GrantKind kind, FixtureAsset to, LocalDate since, LocalDate until) {
        grants.add(new Grant(new GrantId(next("grant")), from.id(), to.id(), kind, since, until, null));
        return to;
    }

    void rotate(FixtureAsset asset, RotationKind kind, LocalDate on) {
        rotations.add(new Rotation(new RotationId(next("rotation")), asset.id(), kind, on, null, null));
    }

    InventorySnapshot snapshot() {
        return new InventorySnapshot(
                new InventoryInfo(uuid("inventory", "fixture"), "Fixture Ltd", Instant.EPOCH),
                List.copyOf(organisations.values()),
                built(people.values(), FixturePerson::build),
                built(groups.values(), FixtureGroup::build),
                built(memberships, FixtureMembership::build),
                built(assets.values(), FixtureAsset::build),
                built(custody, FixtureCustody::build),
                grants,
                rotations);
    }

    Reachability reachability() {
        return Reachability.of(snapshot(), TODAY);
    }

    Reachability reachability(LocalDate asOf) {
        return Reachability.of(snapshot(), asOf);
    }

    private static <S, T> List<T> built(Iterable<S> specs, Function<S, T> build) {
        List<T> built = new ArrayList<>();
        specs.forEach(spec -> built.add(build.apply(spec)));
        return built;
    }

    /** A custody being written; ends and copies can be set after it is made. */
    static final class FixtureCustody {
        private final Custody start;
        private LocalDate from;
        private LocalDate until;
        private EndReason reason;
        private Integer copies;

        FixtureCustody(Custody start) {
            this.start = start;
            this.from = start.from();
        }

        FixtureCustody from(LocalDate day) {
            from = day;
            return this;
        }

        FixtureCustody until(LocalDate day, EndReason why) {
            until = day;
            reason = why;
            return this;
        }

        FixtureCustody until(LocalDate day) {
            return until(day, EndReason.LEFT);
        }

        FixtureCustody copies(int count) {
            copies = count;
            return this;
        }

        Custody build() {
            return new Custody(
                    start.id(), start.asset(), start.holder(), start.role(), from, until, reason, copies, null);
        }
    }

    /** A membership being written; it can be ended after it is made. */
    static final class FixtureMembership {
        private final Membership start;
        private LocalDate from;
        private LocalDate until;

        FixtureMembership(Membership start) {
            this.start = start;
            this.from = start.from();
        }

        FixtureMembership from(LocalDate day) {
            from = day;
            return this;
        }

        FixtureMembership until(LocalDate day) {
            until = day;
            return this;
        }

        Membership build() {
            return new Membership(start.id(), start.group(), start.member(), from, until);
        }
    }
}
