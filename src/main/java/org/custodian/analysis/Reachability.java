package org.custodian.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.custodian.model.AssetId;
import org.custodian.model.InventorySnapshot;
import org.custodian.model.NotFoundException;
import org.custodian.model.Organisation;
import org.custodian.model.OrganisationId;
import org.custodian.model.Person;
import org.custodian.model.PersonId;

/**
 * The questions the inventory exists to answer: what can this person (or this provider) touch, and who
 * can touch this asset. Each answer keeps the strongest level and the shortest path that explains it.
 * Answers leave out {@link ExposureLevel#NO_LONGER_EXPOSED} unless asked for with a lower minimum.
 */
public final class Reachability {
    private final AccessGraph graph;

    public Reachability(AccessGraph graph) {
        this.graph = Objects.requireNonNull(graph, "graph");
    }

    public static Reachability of(InventorySnapshot snapshot, LocalDate asOf) {
        return new Reachability(AccessGraph.of(snapshot, asOf));
    }

    public AccessGraph graph() {
        return graph;
    }

    public Exposure exposureOf(PersonId person) {
        return exposureOf(person, ExposureLevel.STILL_KNOWS);
    }

    public Exposure exposureOf(PersonId person, ExposureLevel minimum) {
        int index = graph.personIndex(person);
        List<Reach> reaches = ForwardSearch.run(graph, index, minimum).reaches();
        return new Exposure(graph.people[index], graph.asOf(), reaches);
    }

    public AssetExposure whoCanTouch(AssetId asset) {
        return whoCanTouch(asset, ExposureLevel.STILL_KNOWS);
    }

    public AssetExposure whoCanTouch(AssetId asset, ExposureLevel minimum) {
        int index = graph.assetIndex(asset);
        List<Reach> reaches = ReverseSearch.run(graph, index, minimum).reaches();
        return new AssetExposure(graph.assets[index], graph.asOf(), reaches);
    }

    public OrganisationExposure exposureOf(OrganisationId organisation) {
        return exposureOf(organisation, ExposureLevel.STILL_KNOWS);
    }

    /**
     * The union of its people's exposures (people are those whose organisation it is): one walk from all of
     * them finds each asset's best reach, and one walk per person records who reaches it at all.
     */
    public OrganisationExposure exposureOf(OrganisationId organisation, ExposureLevel minimum) {
        Organisation found = graph.organisation(organisation)
                .orElseThrow(() -> new NotFoundException("That organisation is not in the inventory."));
        List<Person> people = peopleOf(organisation);
        int[] indices = people.stream().mapToInt(p -> graph.personIndex(p.id())).toArray();
        BitSet[] through = new BitSet[graph.assets.length];
        for (int k = 0; k < indices.length; k++) {
            ForwardSearch own = ForwardSearch.run(graph, indices[k], minimum);
            for (int asset = 0; asset < through.length; asset++) {
                if (own.reached(asset)) {
                    if (through[asset] == null) {
                        through[asset] = new BitSet(indices.length);
                    }
                    through[asset].set(k);
                }
            }
        }
        Person[] inOrder = people.toArray(Person[]::new);
        List<OrganisationReach> reaches = new ArrayList<>();
        for (Reach best : ForwardSearch.run(graph, indices, minimum).reaches()) {
            BitSet members = through[graph.assetIndex(best.asset().id())];
            reaches.add(new OrganisationReach(best, new PeopleSubset(inOrder, members)));
        }
        return new OrganisationExposure(found, graph.asOf(), people, reaches);
    }

    /** People whose organisation this is, in name order. */
    public List<Person> peopleOf(OrganisationId organisation) {
        List<Person> people = new ArrayList<>();
        for (Person person : graph.people) {
            if (organisation.equals(person.organisation())) {
                people.add(person);
            }
        }
        return people;
    }

    /** Every custody link of the person, in every role, direct or through groups, by asset name. */
    public List<Holding> holdingsOf(PersonId person) {
        List<Holding> holdings = new ArrayList<>();
        for (Seed seed : SeedLinks.ofPerson(graph, graph.personIndex(person), false)) {
            holdings.add(holding(seed));
        }
        holdings.sort(Comparator.comparingInt(
                        (Holding h) -> graph.assetIndex(h.asset().id()))
                .thenComparing(Holding::role)
                .thenComparing(Holding::level, Comparator.reverseOrder()));
        return holdings;
    }

    /** Every custody link onto the asset, in every role, with groups expanded to their people, by name. */
    public List<Holding> holdersOf(AssetId asset) {
        List<Holding> holdings = new ArrayList<>();
        List<Seed> seeds = new ArrayList<>(SeedLinks.ofAsset(graph, graph.assetIndex(asset), false));
        seeds.sort(Comparator.comparingInt(Seed::person));
        for (Seed seed : seeds) {
            holdings.add(holding(seed));
        }
        return holdings;
    }

    private Holding holding(Seed seed) {
        return new Holding(
                graph.people[seed.person()],
                graph.assets[seed.asset()],
                graph.custody[seed.custody()],
                seed.window() == null ? null : graph.groups[seed.window().group],
                seed.level(),
                seed.end() <= graph.today ? graph.date(seed.end()) : null);
    }
}
