package org.custodian.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.custodian.analysis.AssetExposure;
import org.custodian.analysis.Exposure;
import org.custodian.analysis.ExposureLevel;
import org.custodian.analysis.Hygiene;
import org.custodian.analysis.HygieneFinding;
import org.custodian.analysis.OrganisationExposure;
import org.custodian.analysis.Reachability;
import org.custodian.model.Asset;
import org.custodian.model.Departure;
import org.custodian.model.InventorySnapshot;
import org.custodian.model.Organisation;
import org.custodian.model.Person;
import org.custodian.model.PersonId;

/**
 * The questions the inventory answers: what could this person or provider touch, who can touch this
 * asset, what needs attention. Each answer is computed from one read of the inventory.
 */
public final class ExposureService {
    private final Inventory inventory;

    ExposureService(Inventory inventory) {
        this.inventory = inventory;
    }

    /** {@code asOf} null means today; {@code includeNoLonger} adds what rotation already ended. */
    public Exposure exposureOf(String personName, LocalDate asOf, boolean includeNoLonger) {
        InventorySnapshot snapshot = inventory.snapshot();
        Person person = Names.require(snapshot.people(), Person::name, personName, "person");
        return reachability(snapshot, asOf).exposureOf(person.id(), minimum(includeNoLonger));
    }

    public OrganisationExposure exposureOfOrganisation(String organisationName, LocalDate asOf,
                                                       boolean includeNoLonger) {
        InventorySnapshot snapshot = inventory.snapshot();
        Organisation organisation = Names.require(snapshot.organisations(), Organisation::name, organisationName,
                "organisation");
        return reachability(snapshot, asOf).exposureOf(organisation.id(), minimum(includeNoLonger));
    }

    public AssetExposure whoCanTouch(String assetName, LocalDate asOf, boolean includeNoLonger) {
        InventorySnapshot snapshot = inventory.snapshot();
        Asset asset = Names.require(snapshot.assets(), Asset::name, assetName, "asset");
        return reachability(snapshot, asOf).whoCanTouch(asset.id(), minimum(includeNoLonger));
    }

    /**
     * How many assets each person can reach today or still knows (the count {@link #exposureOf} would give),
     * for every person, from one read of the inventory and one reachability graph.
     */
    public Map<PersonId, Integer> reachCounts() {
        InventorySnapshot snapshot = inventory.snapshot();
        Reachability reachability = reachability(snapshot, null);
        Map<PersonId, Integer> counts = new HashMap<>();
        for (Person person : snapshot.people()) {
            counts.put(person.id(), reachability.exposureOf(person.id(), ExposureLevel.STILL_KNOWS).reaches().size());
        }
        return counts;
    }

    /** Every hygiene finding, including departure tasks still open after the last day. */
    public List<HygieneFinding> hygiene() {
        LocalDate today = inventory.today();
        List<HygieneFinding> findings = new ArrayList<>(Hygiene.of(inventory.snapshot(), today).all());
        DepartureService departures = inventory.departures();
        for (Departure departure : departures.departures()) {
            findings.addAll(Hygiene.overdueTasks(departure, departures.tasks(departure.id()), today));
        }
        return findings;
    }

    private Reachability reachability(InventorySnapshot snapshot, LocalDate asOf) {
        return Reachability.of(snapshot, asOf == null ? inventory.today() : asOf);
    }

    private static ExposureLevel minimum(boolean includeNoLonger) {
        return includeNoLonger ? ExposureLevel.NO_LONGER_EXPOSED : ExposureLevel.STILL_KNOWS;
    }
}
