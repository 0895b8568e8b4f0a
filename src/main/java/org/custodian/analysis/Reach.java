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
    private final Person person;
    private final Asset asset;
    private final ExposureLevel level;
    private final Route route;
    private final int length;
    private final Trace trace;
    private final int key;
    private List<PathStep> path;

    Reach(Person person, Asset asset, ExposureLevel level, Route route, int length, Trace trace, int key) {
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
