package org.custodian.ui.assets;

import org.custodian.ui.FieldErrors;

/**
 * How a part of the asset pane changes the inventory: {@code work} runs in the background, then the asset is read
 * again, {@code done} is said and {@code afterwards} runs (to empty the fields used); a rule it breaks shows
 * beside that part's fields in {@code errors}, and the fields keep what was typed.
 */
@FunctionalInterface
interface Writer {
    void write(Runnable work, String done, FieldErrors errors, Runnable afterwards);
}
