package org.custodian.storage;

/**
 * Named gaps in the write and close path (commit, checkpoint, seal, backup). Inert unless the
 * {@value #PROPERTY} system property names one: then the process announces it in its log (standard error) and
 * waits there, so the crash tests can kill -9 it at exactly that gap instead of at random moments.
 */
final class CrashPoint {
    static final String PROPERTY = "custodian.test.crash-point";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CrashPoint.class);
    private static final String ARMED = System.getProperty(PROPERTY, "");
    private static final java.util.Map<String, Integer> PASSES = new java.util.concurrent.ConcurrentHashMap<>();

    private CrashPoint() {}

    /** {@code name} stops at the first pass, {@code name#3} at the third. */
    static void reach(String name) {
        if (ARMED.isEmpty() || !ARMED.startsWith(name)) {
            return;
        }
        int pass = PASSES.merge(name, 1, Integer::sum);
        if (ARMED.equals(name) || ARMED.equals(name + "#" + pass)) {
            LOG.warn("CRASH-POINT {}", ARMED);
            while (true) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
