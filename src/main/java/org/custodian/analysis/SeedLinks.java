package org.custodian.analysis;

import java.util.ArrayList;
import java.util.List;
import org.custodian.analysis.MembershipWindows.Window;
import org.custodian.analysis.PathStep.CustodyStep;
import org.custodian.analysis.PathStep.GroupStep;
import org.custodian.analysis.PathStep.PersonStep;
import org.custodian.model.Asset;
import org.custodian.model.Custody;
import org.custodian.model.Membership;

/**
 * Custody links between people and assets, direct or through groups. Forward and reverse questions both
 * ask here, so a person's exposure and an asset's audience can never disagree about where a path starts.
 */
final class SeedLinks {
    /** Receives links without allocating, for walks that look at many and keep few. */
    @FunctionalInterface
    interface Visitor {
        void link(int person, int custody, Window window, ExposureLevel level, int length, int end);
    }

    private SeedLinks() {}

    static List<Seed> ofPerson(AccessGraph graph, int person, boolean conferringOnly) {
        List<Seed> seeds = new ArrayList<>();
        Visitor collect = collector(graph, seeds);
        Adjacency direct = graph.custodyByPerson;
        for (int i = direct.from(person); i < direct.to(person); i++) {
            visit(graph, person, direct.item(i), null, conferringOnly, collect);
        }
        Adjacency byGroup = graph.custodyByGroup;
        for (Window window : graph.windows.ofPerson(person)) {
            for (int i = byGroup.from(window.group); i < byGroup.to(window.group); i++) {
                visit(graph, person, byGroup.item(i), window, conferringOnly, collect);
            }
        }
        return seeds;
    }

    static List<Seed> ofAsset(AccessGraph graph, int asset, boolean conferringOnly) {
        List<Seed> seeds = new ArrayList<>();
        visitAsset(graph, asset, conferringOnly, collector(graph, seeds));
        return seeds;
    }

    /** Every person's link onto the asset, groups expanded to their members. */
    static void visitAsset(AccessGraph graph, int asset, boolean conferringOnly, Visitor visitor) {
        Adjacency byAsset = graph.custodyByAsset;
        for (int i = byAsset.from(asset); i < byAsset.to(asset); i++) {
            int custody = byAsset.item(i);
            if (graph.custodyPerson[custody] >= 0) {
                visit(graph, graph.custodyPerson[custody], custody, null, conferringOnly, visitor);
            } else {
                for (Window window : graph.windows.ofGroup(graph.custodyGroup[custody])) {
                    visit(graph, window.person, custody, window, conferringOnly, visitor);
                }
            }
        }
    }

    private static Visitor collector(AccessGraph graph, List<Seed> seeds) {
        return (person, custody, window, level, length, end) ->
                seeds.add(new Seed(person, graph.custodyAsset[custody], custody, window, level, length, end));
    }

    /** One person's link through one custody, directly ({@code window} null) or through a group window. */
    static void visit(
            AccessGraph graph, int person, int custody, Window window, boolean conferringOnly, Visitor visitor) {
        if (conferringOnly && !AccessGraph.confersAccess(graph.custody[custody].role())) {
            return;
        }
        int start = graph.custodyFrom[custody];
        int end = graph.custodyUntil[custody];
        int length = 1;
        if (window != null) {
            start = Math.max(start, window.start);
            end = Math.min(end, window.end);
            length += window.hops;
        }
        ExposureLevel level = Retention.level(graph, custody, start, end);
        if (level != null) {
            visitor.link(person, custody, window, level, length, end);
        }
    }

    /** The person, their groups and the custody step that begin every path from this seed. */
    static List<PathStep> steps(AccessGraph graph, Seed seed) {
        List<PathStep> steps = new ArrayList<>();
        steps.add(new PersonStep(graph.people[seed.person()].id(), graph.people[seed.person()].name()));
        List<Window> chain = new ArrayList<>();
        for (Window window = seed.window(); window != null; window = window.via) {
            chain.add(0, window);
        }
        for (Window window : chain) {
            Membership membership = window.membership;
            boolean ended = membership.until() != null && AccessGraph.day(membership.until()) <= graph.today;
            steps.add(new GroupStep(
                    membership.group(), graph.groups[window.group].name(), ended ? membership.until() : null));
        }
        Custody custody = graph.custody[seed.custody()];
        Asset asset = graph.assets[seed.asset()];
        boolean custodyEnded = graph.custodyUntil[seed.custody()] <= graph.today;
        steps.add(new CustodyStep(
                asset.id(),
                asset.name(),
                asset.kind(),
                custody.role(),
                custodyEnded ? custody.until() : null,
                Retention.standing(graph, seed.custody(), seed.end(), seed.level())));
        return steps;
    }
}
