package org.custodian.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * What a user waits for: whole {@code java} processes, each a fresh JVM, timed from start to exit
 * (median of 5 after one untimed run that only warms the OS file cache). Other processes on the
 * machine change every figure, so the load average is printed before and after. Needs the shaded jar:
 * <pre>
 * ./mvnw -q -DskipTests package
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=org.custodian.bench.ColdStartBenchmark
 * </pre>
 * The demo is created fresh, so its header carries the KDF parameters calibrated by this build (on a
 * busy machine calibration picks fewer passes; {@code -Dexec.args=FOLDER} reuses a demo made earlier, and
 * {@code -Dexec.args="FOLDER desktop"} measures only the desktop's unlock).
 */
public final class ColdStartBenchmark {
    private static final int RUNS = 5;
    private static final Path JAR = Path.of("target", "custodian.jar");
    /** The shipped jar plus the test tree's KdfTiming, which drives the jar's own Argon2 engines. */
    private static final String KDF_CLASSPATH = JAR + java.io.File.pathSeparator + Path.of("target", "test-classes");

    private static final String JAVA =
            Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final Path CACHE = temporaryFolder("custodian-cold-cache");

    private ColdStartBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException("Build the jar first: ./mvnw -q -DskipTests package");
        }
        System.out.println("load average before: " + loadAverage());
        // An existing demo may be given (-Dexec.args=FOLDER) to keep a header calibrated on a quiet machine.
        Path demo = args.length > 0
                ? Path.of(args[0])
                : Files.createTempDirectory("custodian-cold").resolve("demo");
        long demoMillis = args.length > 0
                ? 0
                : once(List.of("-jar", JAR.toString(), "demo", "--inventory", demo.toString())).millis;
        Map<String, String> header = header(demo.resolve("custodian.header"));
        String m = header.get("kdf.memory-kib");
        String t = header.get("kdf.iterations");
        String p = header.get("kdf.parallelism");
        System.out.printf("demo created in %d ms; its header: Argon2id m=%s KiB, t=%s, p=%s%n", demoMillis, m, t, p);
        System.out.println("calibration in a fresh JVM: "
                + output(List.of("-cp", KDF_CLASSPATH, "org.custodian.storage.KdfTiming", "calibrate"))
                        .strip());

        String inventory = demo.toString();
        if (args.length > 1 && args[1].equals("desktop")) { // -Dexec.args="FOLDER desktop": only the window's rows
            desktopUnlock(inventory, 2000, "typed in 2 s, as a 13-character passphrase is");
            return;
        }
        System.out.println(
                "| what (fresh process each) | median of 5 | min – max | in-process engine load + KDF, median |");
        System.out.println("|---|---|---|---|");
        report("`--version`", List.of("-jar", JAR.toString(), "--version"));
        report("JVM + native engine load, KDF at m=8 KiB", kdf("native", "8", "1", "1"));
        report("KDF alone, native, demo parameters", kdf("native", m, t, p));
        report("KDF alone, BouncyCastle, demo parameters", kdf("java", m, t, p));
        System.out.printf(
                "| `list people`, the first command of this jar (records the startup archive) | %d ms | once | |%n",
                once(
                                List.of("-jar", JAR.toString(), "list", "people", "--inventory", inventory),
                                temporaryFolder("custodian-first-run"))
                        .millis);
        report(
                "`list people` on the demo",
                List.of("-jar", JAR.toString(), "list", "people", "--inventory", inventory));
        report(
                "`report exposure --person \"Kevin Dale\"`",
                List.of(
                        "-jar",
                        JAR.toString(),
                        "report",
                        "exposure",
                        "--person",
                        "Kevin Dale",
                        "--inventory",
                        inventory));
        desktopUnlock(inventory, 2000, "typed in 2 s, as a 13-character passphrase is");
        desktopUnlock(inventory, 0, "Open pressed as soon as the window shows");
        System.out.println("load average after: " + loadAverage());
    }

    /**
     * The desktop's first unlock: a fresh JVM each run shows the real window (DesktopUnlockProbe), and the
     * time from pressing Open to the dashboard's figures is what is reported. Measured twice: as the
     * classes come from the jars, and with a startup archive of the desktop's classes recorded by one
     * untimed run, as {@code java -jar} maps it from the second start on (StartupArchive). The archive
     * needs jars only on the class path, so the probe's classes are put in one.
     */
    private static void desktopUnlock(String inventory, long typingMillis, String how) throws Exception {
        String monocle = Path.of(com.sun.glass.ui.monocle.MonoclePlatformFactory.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .toString();
        String classPath = String.join(
                java.io.File.pathSeparator, JAR.toString(), probeJar().toString(), monocle);
        List<String> probe = List.of(
                "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless",
                "-Dprism.order=sw",
                "-Djava.awt.headless=true",
                "-cp",
                classPath,
                "org.custodian.bench.DesktopUnlockProbe",
                inventory,
                "open the demo",
                Long.toString(typingMillis));
        desktopRow(how + ", classes from the jars", probe);
        Path archive = CACHE.resolve("desktop-probe-" + typingMillis + ".jsa");
        once(withFirst("-XX:ArchiveClassesAtExit=" + archive, probe));
        desktopRow(how + ", with the startup archive", withFirst("-XX:SharedArchiveFile=" + archive, probe));
    }

    private static void desktopRow(String how, List<String> probe) throws Exception {
        once(probe);
        long[] unlock = new long[RUNS];
        long[] window = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            String output = output(probe);
            unlock[i] = figure(output, "unlock-ms");
            window[i] = figure(output, "window-ms");
        }
        Arrays.sort(unlock);
        Arrays.sort(window);
        System.out.printf(
                "| desktop: Open to dashboard, %s | %d ms | %d – %d ms | window shown %d ms after JVM start |%n",
                how, unlock[RUNS / 2], unlock[0], unlock[RUNS - 1], window[RUNS / 2]);
    }

    private static List<String> withFirst(String option, List<String> arguments) {
        List<String> all = new ArrayList<>(List.of(option));
        all.addAll(arguments);
        return all;
    }

    /** The probe's own classes, in a jar of their own. */
    private static Path probeJar() throws IOException {
        Path jar = CACHE.resolve("desktop-probe.jar");
        Path classes = Path.of("target", "test-classes");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
                var files = Files.list(classes.resolve("org/custodian/bench"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("DesktopUnlockProbe"))
                    .toList()) {
                out.putNextEntry(new java.util.jar.JarEntry(
                        classes.relativize(file).toString().replace(java.io.File.separatorChar, '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        return jar;
    }

    private static long figure(String output, String name) {
        for (String line : output.lines().toList()) {
            if (line.startsWith(name + " ")) {
                return Long.parseLong(line.substring(name.length() + 1).strip());
            }
        }
        throw new IllegalStateException("no " + name + " in: " + output);
    }

    private static List<String> kdf(String engine, String m, String t, String p) {
        return List.of("-cp", KDF_CLASSPATH, "org.custodian.storage.KdfTiming", engine, m, t, p);
    }

    private static void report(String what, List<String> arguments) throws Exception {
        once(arguments);
        long[] millis = new long[RUNS];
        long[] kdf = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            Run run = once(arguments);
            millis[i] = run.millis;
            kdf[i] = run.kdfMillis;
        }
        Arrays.sort(millis);
        Arrays.sort(kdf);
        System.out.printf(
                "| %s | %d ms | %d – %d ms | %s |%n",
                what, millis[RUNS / 2], millis[0], millis[RUNS - 1], kdf[RUNS / 2] < 0 ? "" : kdf[RUNS / 2] + " ms");
    }

    /** Whole-process wall time, and the KDF time KdfTiming prints (-1 for other commands). */
    private record Run(long millis, long kdfMillis) {}

    /** Wall time of one whole process, start to exit; a failing command stops the benchmark. */
    private static Run once(List<String> arguments) throws IOException, InterruptedException {
        return once(arguments, CACHE);
    }

    private static Run once(List<String> arguments, Path cache) throws IOException, InterruptedException {
        long start = System.nanoTime();
        ProcessBuilder builder = start(arguments).redirectErrorStream(true);
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("failed: " + arguments + "\n" + output);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        int at = output.indexOf("kdf_ms=");
        return new Run(
                millis, at < 0 ? -1 : Long.parseLong(output.substring(at + 7).split("\\s")[0]));
    }

    private static String output(List<String> arguments) throws IOException, InterruptedException {
        Process process = start(arguments).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return out;
    }

    private static ProcessBuilder start(List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(JAVA));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("CUSTODIAN_PASSPHRASE", "open the demo");
        builder.environment().put("XDG_CACHE_HOME", CACHE.toString()); // this run's own startup archive
        return builder;
    }

    private static Map<String, String> header(Path file) throws IOException {
        return Files.readAllLines(file).stream()
                .filter(line -> line.contains("="))
                .collect(Collectors.toMap(
                        line -> line.substring(0, line.indexOf('=')),
                        line -> line.substring(line.indexOf('=') + 1),
                        (a, b) -> a));
    }

    private static Path temporaryFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String loadAverage() throws IOException {
        Path proc = Path.of("/proc/loadavg");
        return Files.isReadable(proc) ? Files.readString(proc).strip() : "n/a";
    }
}
