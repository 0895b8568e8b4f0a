package org.custodian.cli;

import java.io.PrintWriter;
import java.util.Map;

/**
 * What a command may use of its surroundings; tests pass their own. Both writers are guarded by
 * {@link TerminalText}, so whatever a command prints reaches the terminal without control characters.
 */
record Terminal(PrintWriter out, PrintWriter err, Map<String, String> environment, PassphrasePrompt prompt) {
    Terminal {
        out = TerminalText.guard(out);
        err = TerminalText.guard(err);
    }

    /** Reads a passphrase without echo, or returns null when there is no terminal to ask on. */
    interface PassphrasePrompt {
        char[] ask(String question);
    }

    static PassphrasePrompt console() {
        return question -> System.console() == null ? null : System.console().readPassword("%s", question);
    }
}
