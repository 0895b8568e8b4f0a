package org.custodian.storage;

import java.nio.file.Path;

/**
 * Child process for the crash tests: prints "ACK n" on standard output after each acknowledged write.
 * Modes: {@code forever} writes until killed; {@code cycles} opens, writes one to three people and
 * closes, again and again (so kills land in opens, writes, closes and backups); {@code once N} writes
 * N people and closes, for kills aimed at a {@link CrashPoint}.
 */
public final class CrashingWriter {
    private CrashingWriter() {}

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        int next = Integer.parseInt(args[1]);
        String mode = args[2];
        if (mode.equals("forever")) {
            writeAndClose(folder, next, Integer.MAX_VALUE);
        } else if (mode.equals("cycles")) {
            for (int cycle = 0; ; cycle++) {
                next = writeAndClose(folder, next, 1 + cycle % 3);
            }
        } else {
            writeAndClose(folder, next, Integer.parseInt(args[3]));
        }
    }

    private static int writeAndClose(Path folder, int next, int count) {
        try (Database db = StorageFixture.open(folder, CrashRecoveryTest.PASSPHRASE)) {
            for (int i = 0; i < count; i++, next++) {
                StorageFixture.addPerson(db, StorageFixture.person("Person " + next));
                System.out.println("ACK " + next);
                System.out.flush();
            }
        }
        return next;
    }
}
