package org.custodian.analysis;

import java.util.List;
import java.util.Objects;
import org.custodian.model.Asset;
import org.custodian.model.Person;

/**
 * One person reaching one asset: how strongly, by which route, and the shortest path that explains it.
 * The path is only written out when asked for, so an exposure of a hundred thousand assets stays cheap.
 */
public final class Reach {
    /** Shared by the reaches of one walk, so their other routes come from walks done once. */
    private final RouteSearch routeSearch;
    /** Whether the walk's reaches are of one person to many assets (else many people to one asset). */
    private final boolean manyAssets;

    private final Person person;
    private final Asset asset;
    private final ExposureLevel level;
    private final Route route;
    private final int length;
    private final Trace trace;
    private final int key;
    private List<PathStep> path;
    private List<Reach> routes;

    Reach(
            RouteSearch routeSearch,
            boolean manyAssets,
            Person person,
            Asset asset,
            ExposureLevel level,
            Route route,
            int length,
            Trace trace,
            int key) {
        this.routeSearch = Objects.requireNonNull(routeSearch, "routeSearch");
        this.manyAssets = manyAssets;
        this.person = Objects.requireNonNull(person, "person");
        this.asset = Objects.requireNonNull(asset, "asset");
        this.level = Objects.requireNonNull(level, "level");
        this.route = Objects.requireNonNull(route, "route");
        this.length = length;
        this.trace = Objects.requireNonNull(trace, "trace");
        this.key = key;
    }

    public Person person() {
        return person;
    }

    public Asset asset() {
        return asset;
    }

    public ExposureLevel level() {
        return level;
    }

    public Route route() {
        return route;
    }

    /** Links in the path: memberships, the custody, and each grant followed. */
    public int length() {
        return length;
    }

    /** Person, groups, the asset held, then each asset reached through a grant. */
    public List<PathStep> path() {
        List<PathStep> steps = path;
        if (steps == null) {
            steps = List.copyOf(trace.steps(key));
            path = steps;
        }
        return steps;
    }

    public String sentence() {
        return PathSentence.of(path());
    }

    /**
     * Every independent route by which this person reaches this asset, one per first step (a custody link of
     * their own or through a group), strongest and shortest first; this reach's own path is among them.
     * Routes weaker than "still knows" are left out unless this reach is itself that weak.
     */
    public List<Reach> routes() {
        List<Reach> found = routes;
        if (found == null) {
            ExposureLevel floor = level.atLeast(ExposureLevel.STILL_KNOWS)
                    ? ExposureLevel.STILL_KNOWS
                    : ExposureLevel.NO_LONGER_EXPOSED;
            found = List.copyOf(routeSearch.routes(person.id(), asset.id(), floor, manyAssets));
            routes = found;
        }
        return found;
    }

    /** The routes that start from another first step than this reach's own path: each must also be cut. */
    public List<Reach> otherRoutes() {
        List<PathStep> own = firstStep();
        return routes().stream().filter(r -> !r.firstStep().equals(own)).toList();
    }

    /** The path up to and including the custody link it starts from. */
    private List<PathStep> firstStep() {
        List<PathStep> steps = path();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i) instanceof PathStep.CustodyStep) {
                return steps.subList(0, i + 1);
            }
        }
        return steps;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Reach that
                && person.id().equals(that.person.id())
                && asset.id().equals(that.asset.id())
                && level == that.level
                && route == that.route
                && path().equals(that.path());
    }

    @Override
    public int hashCode() {
        return Objects.hash(person.id(), asset.id(), level, route);
    }

    @Override
    public String toString() {
        return level.label() + ": " + sentence();
    }
}
