package org.custodian;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.tools.attach.AttachNotSupportedException;
import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar started the way a user starts it, {@code java -jar custodian.jar}, in a real
 * process (issue 8, 4.6). Runs after {@code package} (the {@code jar-tests} execution in pom.xml).
 */
@Tag("slow")
class JarIT {
    private static Path jar;

    @TempDir
    Path temp;

    @BeforeAll
    static void findJar() {
        String built = System.getProperty("custodian.jar");
        assumeTrue(built != null, "runs after the jar is packaged: ./mvnw verify");
        jar = Path.of(built);
        assertTrue(Files.isRegularFile(jar), jar.toString());
    }

    @Test
    void javaDashJarRunsHardenedAndPassesOnTheExitCode() throws Exception {
        Run flags = run(List.of(), "--jvm-flags");
        assertEquals(0, flags.exitCode, flags.err);
        assertEquals(
                List.of(
                        "DisableAttachMechanism=true",
                        "HeapDumpOnOutOfMemoryError=false",
                        "CreateCoredumpOnCrash=false"),
                flags.out.lines().toList());

        Run overridden = run(List.of("-XX:+HeapDumpOnOutOfMemoryError", "-Xmx300m"), "--jvm-flags");
        assertTrue(
                overridden.out.contains("HeapDumpOnOutOfMemoryError=false"),
                "ours come last and win: " + overridden.out);

        Run missing = run(List.of(), "check", "-i", temp.resolve("typo").toString());
        assertEquals(2, missing.exitCode, "the child's exit code is the jar's");
        assertTrue(missing.err.contains("No Custodian inventory at"), missing.err);
    }

    @Test
    void aCommandRecordsTheStartupArchiveOnceAndLaterRunsMapIt() throws Exception {
        Path cache = temp.resolve("cache").resolve("custodian");
        Run trivial = run(List.of(), "--version");
        assertEquals(0, trivial.exitCode, trivial.err);
        assertFalse(Files.exists(cache) && archives(cache).size() > 0, "--version records nothing");

        Run first = run(List.of(), "check", "-i", temp.resolve("typo").toString());
        assertEquals(2, first.exitCode, first.err);
        assertEquals("", first.out, "recording writes nothing to stdout");
        assertFalse(first.err.contains("[warning]"), "nor the JVM's notes to stderr: " + first.err);
        assertTrue(first.err.startsWith("(First run of this Custodian"), "the wait after the output is explained");
        List<Path> recorded = archives(cache);
        assertEquals(1, recorded.size(), "one archive, moved into place after the child exited: " + recorded);
        assertTrue(recorded.get(0).getFileName().toString().startsWith("custodian-cli-"));

        Run second = run(List.of(), "check", "-i", temp.resolve("typo").toString());
        assertEquals(2, second.exitCode, second.err);
        assertTrue(second.err.contains("No Custodian inventory at"), second.err);
        assertEquals(recorded, archives(cache), "mapped, not recorded again");
        assertFalse(second.err.contains("First run"), second.err);
        try (var files = Files.list(cache)) {
            assertEquals(1, files.count(), "no recording left behind");
        }
    }

    private static List<Path> archives(Path cache) throws IOException {
        try (var files = Files.list(cache)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".jsa"))
                    .toList();
        }
    }

    @Test
    void theRunningAppRefusesToBeAttachedTo() throws Exception {
        // The crash-point hook holds the relaunched app at its first saved change, so it is surely alive
        // (and holding an open inventory) while we try to attach; a plain demo can finish first.
        Process parent = start(
                List.of("-Dcustodian.test.crash-point=write-after-seal"),
                "demo",
                "-i",
                temp.resolve("demo").toString());
        try {
            String verdict = attachVerdict(parent);
            assertTrue(verdict.contains("does not support the attach mechanism"), verdict);
        } finally {
            parent.destroy();
            parent.waitFor(60, TimeUnit.SECONDS);
        }
    }

    @Test
    void poiLeavesNoTempFolderBehind() throws Exception {
        Path systemTemp = Files.createDirectories(temp.resolve("tmp"));
        List<String> jvm = List.of("-Djava.io.tmpdir=" + systemTemp);
        assertEquals(0, run(jvm, "demo", "-i", temp.resolve("demo").toString()).exitCode);
        Run export = run(
                jvm,
                "export",
                "inventory",
                "-i",
                temp.resolve("demo").toString(),
                "--out",
                temp.resolve("inventory.xlsx").toString());
        assertEquals(0, export.exitCode, export.err);
        try (var left = Files.list(systemTemp)) {
            assertEquals(List.of(), left.toList(), "no poifiles folder (0755, shared) and no private one left over");
        }
    }

    /** Attaches to the relaunched child while it works; the answer is the refusal's message or a failure. */
    private static String attachVerdict(Process parent) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String last = "no relaunched child appeared: the app ran in the process started, attach on";
        while (System.nanoTime() < deadline && parent.isAlive()) {
            Optional<ProcessHandle> child = parent.children().findFirst();
            if (child.isPresent()) {
                try {
                    VirtualMachine attached =
                            VirtualMachine.attach(String.valueOf(child.get().pid()));
                    attached.detach();
                    return "attached to the running app";
                } catch (AttachNotSupportedException | IOException e) {
                    last = String.valueOf(e.getMessage());
                    if (last.contains("does not support the attach mechanism")) {
                        return last;
                    }
                }
            }
            Thread.sleep(20);
        }
        return last; // still starting when it ended: the assertion shows why
    }

    private record Run(int exitCode, String out, String err) {}

    private Run run(List<String> jvmOptions, String... args) throws Exception {
        Process process = start(jvmOptions, args);
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "finished");
        return new Run(
                process.exitValue(),
                Files.readString(temp.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(temp.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    private Process start(List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(temp.resolve("out.txt").toFile())
                .redirectError(temp.resolve("err.txt").toFile());
        builder.environment().remove("CUSTODIAN_RELAUNCHED");
        builder.environment().remove("CUSTODIAN_NO_STARTUP_ARCHIVE");
        builder.environment().put("XDG_CACHE_HOME", temp.resolve("cache").toString());
        builder.environment().remove("CUSTODIAN_PASSPHRASE");
        return builder.start();
    }
}
