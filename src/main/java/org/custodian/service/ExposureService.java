package org.custodian.service;

import java.time.Clock;
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
import org.custodian.model.AssetId;
import org.custodian.model.Departure;
import org.custodian.model.DepartureTask;
import org.custodian.model.InventorySnapshot;
import org.custodian.model.OrganisationId;
import org.custodian.model.Person;
import org.custodian.model.PersonId;
import org.custodian.storage.Database;
import org.custodian.storage.Tx;

/**
 * The questions the inventory answers: what could this person or provider touch, who can touch this
 * asset, what needs attention. Each answer is computed from one read of the inventory; the overloads
 * that take a snapshot answer from one the caller already read, so a screen or a report that shows the
 * records too reads the inventory once. This is the only place these questions are put to the analysis.
 */
public final class ExposureService {
    private final Database database;
    private final Repositories repositories;
    private final Clock clock;

    ExposureService(Database database, Repositories repositories, Clock clock) {
        this.database = database;
        this.repositories = repositories;
        this.clock = clock;
    }

    public Exposure exposureOf(PersonId person, ReachQuery query) {
        return exposureOf(snapshot(), person, query);
    }

    public Exposure exposureOf(InventorySnapshot snapshot, PersonId person, ReachQuery query) {
        return reachability(snapshot, query).exposureOf(person, query.minimum());
    }

    /** An external provider's exposure through all of its people. */
    public OrganisationExposure exposureOf(OrganisationId organisation, ReachQuery query) {
        return exposureOf(snapshot(), organisation, query);
    }

    public OrganisationExposure exposureOf(InventorySnapshot snapshot, OrganisationId organisation, ReachQuery query) {
        return reachability(snapshot, query).exposureOf(organisation, query.minimum());
    }

    public AssetExposure whoCanTouch(AssetId asset, ReachQuery query) {
        return whoCanTouch(snapshot(), asset, query);
    }

    public AssetExposure whoCanTouch(InventorySnapshot snapshot, AssetId asset, ReachQuery query) {
        return reachability(snapshot, query).whoCanTouch(asset, query.minimum());
    }

    /**
     * How many assets each person can reach today or still knows (the count {@link #exposureOf} would give),
     * for every person, from one read of the inventory and one reachability graph.
     */
    public Map<PersonId, Integer> reachCounts() {
        InventorySnapshot snapshot = snapshot();
        Reachability reachability = reachability(snapshot, ReachQuery.today());
        Map<PersonId, Integer> counts = new HashMap<>();
        for (Person person : snapshot.people()) {
            counts.put(
                    person.id(),
                    reachability
                            .exposureOf(person.id(), ExposureLevel.STILL_KNOWS)
                            .reaches()
                            .size());
        }
        return counts;
    }

    /** Every hygiene finding, including departure tasks still open after their due day. */
    public List<HygieneFinding> hygiene() {
        return hygiene((LocalDate) null);
    }

    /** As things stood on {@code asOf} (null: today): what was overdue, expiring or still known then. */
    public List<HygieneFinding> hygiene(LocalDate asOf) {
        return hygiene(asOf, Hygiene.RENEWAL_WINDOW_DAYS);
    }

    /** With renewals and expiries shown {@code renewalWindowDays} ahead. */
    public List<HygieneFinding> hygiene(LocalDate asOf, int renewalWindowDays) {
        return database.read(tx -> hygiene(tx, Snapshots.read(tx, repositories), asOf, renewalWindowDays));
    }

    /** Inside the caller's read, so the hygiene workbook describes the same state as its footer. */
    List<HygieneFinding> hygiene(Tx tx, InventorySnapshot snapshot) {
        return hygiene(tx, snapshot, null);
    }

    List<HygieneFinding> hygiene(Tx tx, InventorySnapshot snapshot, LocalDate asOf) {
        return hygiene(tx, snapshot, asOf, Hygiene.RENEWAL_WINDOW_DAYS);
    }

    List<HygieneFinding> hygiene(Tx tx, InventorySnapshot snapshot, LocalDate asOf, int renewalWindowDays) {
        LocalDate today = asOf == null ? LocalDate.now(clock) : asOf;
        List<HygieneFinding> findings =
                new ArrayList<>(Hygiene.of(snapshot, today, renewalWindowDays).all());
        for (Departure departure : repositories.departures().findAll(tx)) {
            List<DepartureTask> tasks = repositories.departures().tasks(tx, departure.id());
            findings.addAll(Hygiene.overdueTasks(departure, tasks, today));
        }
        return findings;
    }

    private InventorySnapshot snapshot() {
        return database.read(tx -> Snapshots.read(tx, repositories));
    }

    private Reachability reachability(InventorySnapshot snapshot, ReachQuery query) {
        return Reachability.of(snapshot, query.day(LocalDate.now(clock)));
    }
}
