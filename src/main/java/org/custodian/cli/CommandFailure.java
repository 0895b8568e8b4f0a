package org.custodian.cli;

/** A command-line problem that is not the inventory's: a missing passphrase, unreadable file. */
final class CommandFailure extends RuntimeException {
    private final int exitCode;

    CommandFailure(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
