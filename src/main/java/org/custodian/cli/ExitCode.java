package org.custodian.cli;

import org.custodian.model.CustodianException;
import org.custodian.model.DamagedInventoryException;
import org.custodian.model.InventoryInUseException;
import org.custodian.model.NoInventoryException;
import org.custodian.model.WrongPassphraseException;

/** The documented exit codes (README, "Command line"). */
final class ExitCode {
    static final int OK = 0;
    static final int ERROR = 1;
    static final int USAGE = 2;
    static final int WRONG_PASSPHRASE = 3;
    static final int DAMAGED = 4;
    static final int ALREADY_OPEN = 5;

    private ExitCode() {}

    static int of(CustodianException e) {
        if (e instanceof WrongPassphraseException) {
            return WRONG_PASSPHRASE;
        }
        if (e instanceof DamagedInventoryException) {
            return DAMAGED;
        }
        if (e instanceof InventoryInUseException) {
            return ALREADY_OPEN;
        }
        if (e instanceof NoInventoryException) {
            return USAGE; // a mistyped path, like a mistyped option
        }
        return ERROR;
    }
}
