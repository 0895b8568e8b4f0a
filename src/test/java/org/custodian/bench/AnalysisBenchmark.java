package org.custodian.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.custodian.analysis.AccessGraph;
import org.custodian.analysis.DeparturePlanner;
import org.custodian.analysis.Exposure;
import org.custodian.analysis.ExposureLevel;
import org.custodian.analysis.Reach;
import org.custodian.analysis.Reachability;
import org.custodian.analysis.synthetic.SyntheticInventory;
import org.custodian.importer.InventoryContent;
import org.custodian.model.AssetId;
import org.custodian.model.DepartureMode;
import org.custodian.model.DepartureType;
import org.custodian.model.InventorySnapshot;
import org.custodian.model.Person;
import org.custodian.service.InventoryFiles;
import org.custodian.storage.Database;
import org.custodian.storage.KdfPolicy;
import org.custodian.storage.RecursiveReachQuery;

/**
 * The analysis core on synthetic inventories of 1k, 10k and 100k assets: per-person exposure,
 * who-can-touch, a plan for the most exposed person, and the same "can reach now" computed by H2's
 * WITH RECURSIVE over the same data (sets compared, speed ratio printed).
 * Run: ./mvnw -q test-compile exec:java -Dexec.mainClass=org.custodian.bench.AnalysisBenchmark
 * (optional argument: the largest size, e.g. 10000 for a quick run).
 */
public final class AnalysisBenchmark {
    private static final int SAMPLES = 201;
    private static final int SQL_SAMPLES = 5;
    private static final int SQL_TIMEOUT_SECONDS = 60;

    private AnalysisBenchmark() {}

    public static void main(String[] args) throws Exception {
        int largest = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        for (int size = 1_000; size <= largest; size *= 10) {
            run(size);
        }
    }

    private static void run(int size) throws Exception {
        long start = System.nanoTime();
        InventorySnapshot snapshot = SyntheticInventory.generate(size, 2026);
        LocalDate day = SyntheticInventory.REFERENCE_DAY;
        long generated = System.nanoTime();
        AccessGraph graph = AccessGraph.of(snapshot, day);
        Reachability reachability = new Reachability(graph);
        System.out.printf(
                "%n== %,d assets, %,d people, %,d edges (generated %d ms, graph built %d ms)%n",
                graph.assetCount(),
                graph.people().size(),
                graph.edgeCount(),
                ms(generated - start),
                ms(System.nanoTime() - generated));
        List<Person> sample = sample(graph.people(), SAMPLES);
        sample.subList(0, Math.min(20, sample.size())).forEach(p -> reachability.exposureOf(p.id()));
        long[] exposureTimes = new long[sample.size()];
        Person mostExposed = sample.get(0);
        int mostReached = -1;
        for (int i = 0; i < sample.size(); i++) {
            long t = System.nanoTime();
            int reached = reachability.exposureOf(sample.get(i).id()).reaches().size();
            exposureTimes[i] = System.nanoTime() - t;
            if (reached > mostReached) {
                mostReached = reached;
                mostExposed = sample.get(i);
            }
        }
        long[] touchTimes = new long[101];
        var assets = graph.assets();
        for (int i = 0; i < touchTimes.length; i++) {
            long t = System.nanoTime();
            reachability.whoCanTouch(
                    assets.get((int) ((long) i * 7919 % assets.size())).id());
            touchTimes[i] = System.nanoTime() - t;
        }
        long planStart = System.nanoTime();
        int tasks = new DeparturePlanner()
                .plan(
                        reachability,
                        mostExposed.id(),
                        DepartureType.TERMINATION,
                        DepartureMode.HOSTILE,
                        day.plusDays(14))
                .tasks()
                .size();
        long planTime = System.nanoTime() - planStart;
        System.out.printf(
                "per-person exposure: p50 %.2f ms, p99 %.2f ms (%d people)%n",
                p(exposureTimes, 50), p(exposureTimes, 99), sample.size());
        System.out.printf("who-can-touch: p50 %.2f ms (%d assets)%n", p(touchTimes, 50), touchTimes.length);
        System.out.printf(
                "plan for the most exposed person (%,d assets reached): %,d tasks in %d ms%n",
                mostReached, tasks, ms(planTime));
        compareWithRecursiveSql(snapshot, reachability, sample.subList(0, SQL_SAMPLES), day, p(exposureTimes, 50));
    }

    private static void compareWithRecursiveSql(
            InventorySnapshot snapshot,
            Reachability reachability,
            List<Person> people,
            LocalDate day,
            double analysisMedianMs)
            throws Exception {
        Path folder = Files.createTempDirectory("custodian-analysis-bench").resolve("inventory");
        char[] passphrase = "benchmark passphrase".toCharArray();
        Clock clock = Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        long loadStart = System.nanoTime();
        new InventoryFiles(KdfPolicy.fastForTests(), clock, "bench")
                .createFrom(
                        folder,
                        passphrase,
                        new InventoryContent(
                                "Synthetic",
                                snapshot.organisations(),
                                snapshot.people(),
                                snapshot.groups(),
                                snapshot.memberships(),
                                snapshot.assets(),
                                snapshot.custody(),
                                snapshot.grants(),
                                snapshot.rotations()))
                .close();
        System.out.printf("loaded into an encrypted H2 inventory in %d ms%n", ms(System.nanoTime() - loadStart));
        List<Long> sqlTimes = new ArrayList<>();
        try (Database db = Database.open(folder, passphrase, KdfPolicy.fastForTests(), "bench", clock)) {
            for (Person person : people) {
                Exposure exposure = reachability.exposureOf(person.id());
                Set<AssetId> expected = new HashSet<>();
                int hops = 1;
                for (Reach reach : exposure.at(ExposureLevel.CAN_REACH_NOW)) {
                    expected.add(reach.asset().id());
                    hops = Math.max(hops, reach.path().size());
                }
                int bound = hops + 1;
                long t = System.nanoTime();
                List<AssetId> bySql;
                try {
                    bySql = db.read(tx ->
                            new RecursiveReachQuery().reachableNow(tx, person.id(), day, bound, SQL_TIMEOUT_SECONDS));
                } catch (RuntimeException e) {
                    System.out.printf(
                            "  %s: WITH RECURSIVE did not finish within %d s (%s)%n",
                            person.name(), SQL_TIMEOUT_SECONDS, e.getMessage());
                    continue;
                }
                long elapsed = System.nanoTime() - t;
                sqlTimes.add(elapsed);
                boolean equal = expected.equals(new HashSet<>(bySql));
                System.out.printf(
                        "  %s: %,d assets, SQL %,d ms (hop bound %d), same answer: %s%n",
                        person.name(), expected.size(), ms(elapsed), bound, equal ? "yes" : "NO");
                if (!equal) {
                    throw new IllegalStateException("The analysis and WITH RECURSIVE disagree for " + person.name());
                }
            }
        }
        if (!sqlTimes.isEmpty()) {
            long[] times = sqlTimes.stream().mapToLong(Long::longValue).toArray();
            System.out.printf(
                    "WITH RECURSIVE p50 %.1f ms vs analysis p50 %.2f ms: analysis %.0fx faster%n",
                    p(times, 50), analysisMedianMs, p(times, 50) / analysisMedianMs);
        }
    }

    private static <T> List<T> sample(List<T> all, int count) {
        List<T> picked = new ArrayList<>();
        for (int i = 0; i < Math.min(count, all.size()); i++) {
            picked.add(all.get((int) ((long) i * 104_729 % all.size())));
        }
        return picked;
    }

    private static double p(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1e6;
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
