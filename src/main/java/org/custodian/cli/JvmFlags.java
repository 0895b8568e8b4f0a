package org.custodian.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * The hidden {@code --jvm-flags} diagnostic: whether the running JVM refuses attach and heap or core
 * dumps, read from the JVM itself, so support (and a test) can see that {@code java -jar} relaunched
 * hardened.
 */
final class JvmFlags {
    static final List<String> CHECKED =
            List.of("DisableAttachMechanism", "HeapDumpOnOutOfMemoryError", "CreateCoredumpOnCrash");

    private JvmFlags() {}

    static List<String> describe() {
        HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        return CHECKED.stream().map(flag -> flag + "=" + value(hotspot, flag)).toList();
    }

    private static String value(HotSpotDiagnosticMXBean hotspot, String flag) {
        try {
            return hotspot == null ? "unknown" : hotspot.getVMOption(flag).getValue();
        } catch (IllegalArgumentException notOnThisJvm) {
            return "unknown";
        }
    }
}
