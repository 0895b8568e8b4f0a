package org.custodian.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.custodian.model.GroupId;
import org.custodian.model.Membership;
import org.custodian.model.PersonId;

/**
 * For every person, the spans during which they were in each group, directly or through nested groups.
 * A span through a chain of memberships is the overlap of the chain; spans that another span contains
 * with no more hops are dropped, which is also what stops group cycles from looping.
 */
final class MembershipWindows {
    /** One way a person is, or was, in a group: the span of a chain of memberships and the chain itself. */
    static final class Window {
        final int person;
        final int group;
        final int start;
        final int end;
        final int hops;
        final Window via;
        final Membership membership;
        private boolean dropped;

        Window(int person, int group, int start, int end, int hops, Window via, Membership membership) {
            this.person = person;
            this.group = group;
            this.start = start;
            this.end = end;
            this.hops = hops;
            this.via = via;
            this.membership = membership;
        }

        boolean contains(Window other) {
            return start <= other.start && end >= other.end && hops <= other.hops;
        }
    }

    private static final Comparator<Window> ORDER = Comparator.<Window>comparingInt(w -> w.group)
            .thenComparingInt(w -> w.hops)
            .thenComparingInt(w -> w.start)
            .thenComparingInt(w -> -w.end);

    private final List<List<Window>> byPerson;
    private final List<List<Window>> byGroup;
    private final int membershipCount;

    private MembershipWindows(List<List<Window>> byPerson, List<List<Window>> byGroup, int membershipCount) {
        this.byPerson = byPerson;
        this.byGroup = byGroup;
        this.membershipCount = membershipCount;
    }

    static MembershipWindows build(AccessGraph graph, List<Membership> all) {
        Membership[] memberships = all.stream()
                .filter(m -> AccessGraph.day(m.from()) <= graph.today)
                .sorted(Comparator.comparing((Membership m) -> m.member().toString())
                        .thenComparing(m -> m.group().toString())
                        .thenComparing(Membership::from)
                        .thenComparing(m -> m.id().toString()))
                .toArray(Membership[]::new);
        int[] personKey = new int[memberships.length];
        int[] groupKey = new int[memberships.length];
        int[] parent = new int[memberships.length];
        for (int m = 0; m < memberships.length; m++) {
            personKey[m] = memberships[m].member() instanceof PersonId p ? graph.personIndex(p) : -1;
            groupKey[m] = memberships[m].member() instanceof GroupId g ? graph.groupIndex(g) : -1;
            parent[m] = graph.groupIndex(memberships[m].group());
        }
        Adjacency personIn = Adjacency.group(graph.people.length, personKey);
        Adjacency groupIn = Adjacency.group(graph.groups.length, groupKey);

        List<List<Window>> byPerson = new ArrayList<>(graph.people.length);
        List<List<Window>> byGroup = new ArrayList<>(graph.groups.length);
        for (int g = 0; g < graph.groups.length; g++) {
            byGroup.add(new ArrayList<>());
        }
        @SuppressWarnings("unchecked")
        List<Window>[] scratch = new List[graph.groups.length];
        for (int p = 0; p < graph.people.length; p++) {
            List<Window> windows = windowsOf(p, memberships, parent, personIn, groupIn, scratch);
            byPerson.add(windows);
            for (Window window : windows) {
                byGroup.get(window.group).add(window);
            }
        }
        return new MembershipWindows(byPerson, byGroup, memberships.length);
    }

    private static List<Window> windowsOf(
            int person,
            Membership[] memberships,
            int[] parent,
            Adjacency personIn,
            Adjacency groupIn,
            List<Window>[] kept) {
        ArrayDeque<Window> queue = new ArrayDeque<>();
        List<Integer> touched = new ArrayList<>();
        for (int i = personIn.from(person); i < personIn.to(person); i++) {
            Membership m = memberships[personIn.item(i)];
            offer(
                    new Window(person, parent[personIn.item(i)], AccessGraph.day(m.from()), until(m), 1, null, m),
                    kept,
                    touched,
                    queue);
        }
        while (!queue.isEmpty()) {
            Window window = queue.poll();
            if (window.dropped) {
                continue;
            }
            for (int i = groupIn.from(window.group); i < groupIn.to(window.group); i++) {
                Membership m = memberships[groupIn.item(i)];
                int start = Math.max(window.start, AccessGraph.day(m.from()));
                int end = Math.min(window.end, until(m));
                offer(
                        new Window(person, parent[groupIn.item(i)], start, end, window.hops + 1, window, m),
                        kept,
                        touched,
                        queue);
            }
        }
        List<Window> result = new ArrayList<>();
        for (int group : touched) {
            result.addAll(kept[group]);
            kept[group] = null;
        }
        result.sort(ORDER);
        return result;
    }

    private static void offer(Window window, List<Window>[] kept, List<Integer> touched, ArrayDeque<Window> queue) {
        if (window.start >= window.end) {
            return;
        }
        List<Window> windows = kept[window.group];
        if (windows == null) {
            windows = new ArrayList<>(2);
            kept[window.group] = windows;
            touched.add(window.group);
        }
        for (Window other : windows) {
            if (other.contains(window)) {
                return;
            }
        }
        windows.removeIf(other -> {
            boolean contained = window.contains(other);
            other.dropped |= contained;
            return contained;
        });
        windows.add(window);
        queue.add(window);
    }

    private static int until(Membership m) {
        return m.until() == null ? AccessGraph.OPEN : AccessGraph.day(m.until());
    }

    List<Window> ofPerson(int person) {
        return byPerson.get(person);
    }

    List<Window> ofGroup(int group) {
        return byGroup.get(group);
    }

    int membershipCount() {
        return membershipCount;
    }
}
