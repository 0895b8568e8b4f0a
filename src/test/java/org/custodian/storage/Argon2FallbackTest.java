package org.custodian.storage;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * In a fresh JVM where JNA may not unpack its native part (as on a locked-down or unsupported machine),
 * the KDF still runs, on BouncyCastle, and says so once at info level.
 */
@Tag("slow")
class Argon2FallbackTest {
    @Test
    void withoutTheNativeLibraryTheJavaEngineRunsAndTheFallbackIsLoggedOnce() throws Exception {
        Result result = run("-Djna.nounpack=true");
        assertEquals(0, result.exit, result.stderr);
        assertTrue(result.stdout.contains("engine=java"), result.stdout);
        assertEquals(1, count(result.stderr, "native libargon2 not available"), result.stderr);
        assertEquals(2, count(result.stdout, "run="), "both runs used the engine chosen once");
    }

    @Test
    void theJavaEngineCanBeForcedAndNativeIsUsedOtherwise() throws Exception {
        assertTrue(run("-D" + Argon2Engines.PROPERTY + "=java").stdout.contains("engine=java"));
        Result normal = run("-Dcustodian.none=1");
        assertTrue(normal.stdout.contains("engine=native"), normal.stdout);
        assertEquals(0, count(normal.stderr, "Argon2id"), normal.stderr);
    }

    private record Result(int exit, String stdout, String stderr) {}

    private static Result run(String property) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                property,
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                "-cp",
                System.getProperty("java.class.path"),
                KdfTiming.class.getName(),
                "native",
                "1024",
                "1",
                "2",
                "2"));
        Process process = new ProcessBuilder(command).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "KdfTiming did not finish");
        return new Result(
                process.exitValue(),
                new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
