package org.custodian.model;

import java.nio.file.Path;

/**
 * The path given holds no inventory: nearly always a typo or the wrong folder picked. Kept apart from
 * {@link DamagedInventoryException} so nobody is sent to restore a backup of an inventory that is fine.
 */
public class NoInventoryException extends CustodianException {
    public NoInventoryException(Path folder) {
        super("No Custodian inventory at " + folder.toAbsolutePath() + " (check the path).");
    }

    @Override
    public String nextStep() {
        return "Nothing was opened or changed.";
    }
}
