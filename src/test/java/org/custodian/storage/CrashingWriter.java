package org.custodian.storage;

import java.nio.file.Path;

/** Child process for {@link CrashRecoveryTest}: writes people and prints "ACK n" after each acknowledged write. */
public final class CrashingWriter {
    private CrashingWriter() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        int start = Integer.parseInt(args[1]);
        try (Database db = StorageFixture.open(folder, CrashRecoveryTest.PASSPHRASE)) {
            for (int i = start; ; i++) {
                StorageFixture.addPerson(db, StorageFixture.person("Person " + i));
                System.out.println("ACK " + i);
                System.out.flush();
            }
        }
    }
}
