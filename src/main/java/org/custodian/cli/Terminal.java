package org.custodian.cli;

import java.io.PrintWriter;
import java.util.Map;

/** What a command may use of its surroundings; tests pass their own. */
record Terminal(PrintWriter out, PrintWriter err, Map<String, String> environment, PassphrasePrompt prompt) {

    /** Reads a passphrase without echo, or returns null when there is no terminal to ask on. */
    interface PassphrasePrompt {
        char[] ask(String question);
    }

    static PassphrasePrompt console() {
        return question -> System.console() == null ? null : System.console().readPassword("%s", question);
    }
}
