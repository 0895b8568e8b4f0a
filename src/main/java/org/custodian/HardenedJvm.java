package org.custodian;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/**
 * {@code java -jar} starts a JVM that any process of the same user can attach to ({@code jcmd
 * GC.heap_dump}, an agent), and the heap holds every record shown or exported: a heap dump taken that
 * way during an export held 763 canary strings. A jar's manifest cannot carry JVM options, so when the
 * jar was started without them it starts itself once more with them, inheriting the terminal, and
 * passes on the child's exit code. The jpackage launcher (installer/build-app-image.sh) and
 * {@code javafx:run} pass the options themselves, so they never relaunch.
 */
final class HardenedJvm {
    /** Set in the child: it never relaunches again, even on a JVM that ignores the options. */
    private static final String RELAUNCHED = "CUSTODIAN_RELAUNCHED";

    private static final List<String> OPTIONS =
            List.of("-XX:+DisableAttachMechanism", "-XX:-HeapDumpOnOutOfMemoryError", "-XX:-CreateCoredumpOnCrash");

    private HardenedJvm() {}

    /** The command that starts this jar hardened, or empty when this JVM should simply carry on. */
    private static Optional<List<String>> relaunchCommand(String[] args, Path jar, Optional<StartupArchive> archive) {
        List<String> jvmArguments = ManagementFactory.getRuntimeMXBean().getInputArguments();
        if (jvmArguments.contains("-XX:+DisableAttachMechanism")
                || jvmArguments.stream().anyMatch(HardenedJvm::isAgent)) {
            // Hardened already, or a debugger or profiler was attached on purpose: a copy would fight over its port.
            return Optional.empty();
        }
        Optional<Path> java = javaBinary();
        if (java.isEmpty()) {
            return Optional.empty(); // a runtime without bin/java (jpackage)
        }
        List<String> command = new ArrayList<>();
        command.add(java.get().toString());
        command.add("-XX:+IgnoreUnrecognizedVMOptions"); // a JVM without one of the options still starts
        // The JVM's own warnings go to stderr, so a command's stdout stays what a script parses; recording
        // the startup archive warns about every class it cannot keep, which is not the user's concern.
        command.addAll(List.of("-Xlog:disable", "-Xlog:all=warning:stderr", "-Xlog:cds*=off:stderr"));
        if (args.length > 0 && jvmArguments.stream().noneMatch(HardenedJvm::choosesCollector)) {
            command.add("-XX:+UseSerialGC"); // a command's heap is small and short-lived: no GC threads to start
        }
        archive.ifPresent(classes -> command.addAll(classes.jvmOptions()));
        command.addAll(jvmArguments);
        command.addAll(OPTIONS); // last, so they win over the same options given earlier
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        return Optional.of(command);
    }

    /**
     * Runs this jar again hardened and returns the child's exit code, or empty when this JVM should carry
     * on itself: hardened already, not started as a jar, or the child could not be started. {@code firstRun}
     * tells a command's user that this run records the startup archive.
     */
    static OptionalInt relaunch(String[] args, Runnable firstRun) {
        Optional<Path> jar = startedJar();
        if (System.getenv(RELAUNCHED) != null || jar.isEmpty()) {
            return OptionalInt.empty(); // the child itself, or run from classes (IDE, exec:java)
        }
        Optional<StartupArchive> archive = StartupArchive.forRun(jar.get(), args);
        Optional<List<String>> command = relaunchCommand(args, jar.get(), archive);
        if (command.isEmpty()) {
            return OptionalInt.empty();
        }
        if (args.length > 0 && archive.isPresent() && archive.get().recording()) {
            // Said before, because the wait comes after the command's own output, when nothing seems to happen.
            firstRun.run();
        }
        try {
            int exitCode = run(command.get());
            archive.ifPresent(StartupArchive::childExited);
            return OptionalInt.of(exitCode);
        } catch (IOException e) {
            LoggerFactory.getLogger(HardenedJvm.class)
                    .warn(
                            "Could not restart with attach and heap dumps disabled ({}); running without",
                            e.getClass().getSimpleName());
            return OptionalInt.empty();
        }
    }

    /** Runs the hardened child to its end; its exit code is this process's. */
    private static int run(List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        Map<String, String> environment = builder.environment();
        environment.put(RELAUNCHED, "1");
        // Their content is already among the JVM arguments passed on; read again, it would apply twice.
        environment.remove("JDK_JAVA_OPTIONS");
        environment.remove("JAVA_TOOL_OPTIONS");
        Process child = builder.start();
        // Stopped politely (Ctrl+C, SIGTERM), the parent asks the child to close the inventory too and waits
        // for it, so the shell does not get its prompt back while the inventory is still open.
        Thread stopChild = new Thread(() -> stop(child), "stop-relaunched-child");
        Runtime.getRuntime().addShutdownHook(stopChild);
        try {
            return child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroy();
            return 130;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopChild);
            } catch (IllegalStateException alreadyExiting) {
                // the hook is running or has run: nothing left to undo
            }
        }
    }

    private static void stop(Process child) {
        child.destroy();
        try {
            child.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean choosesCollector(String argument) {
        return argument.startsWith("-XX:+Use") && argument.endsWith("GC");
    }

    private static boolean isAgent(String argument) {
        return argument.startsWith("-agentlib:")
                || argument.startsWith("-agentpath:")
                || argument.startsWith("-javaagent:")
                || argument.startsWith("-Xrunjdwp");
    }

    /** The jar this class came from, only when it is the whole class path, as with {@code java -jar}. */
    private static Optional<Path> startedJar() {
        try {
            Path source = Path.of(HardenedJvm.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            Path classPath = Path.of(System.getProperty("java.class.path", "")).toAbsolutePath();
            return Files.isRegularFile(source) && Files.isSameFile(source, classPath)
                    ? Optional.of(source)
                    : Optional.empty();
        } catch (URISyntaxException | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The same launcher binary that started this JVM (javaw stays javaw), else java.home's. */
    private static Optional<Path> javaBinary() {
        Optional<Path> running = ProcessHandle.current().info().command().map(Path::of);
        Path javaHome = Path.of(System.getProperty("java.home"));
        if (running.isPresent() && running.get().startsWith(javaHome) && Files.isExecutable(running.get())) {
            return running;
        }
        for (String name : new String[] {"java", "java.exe"}) {
            Path candidate = javaHome.resolve("bin").resolve(name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
