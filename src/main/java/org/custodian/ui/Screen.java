package org.custodian.ui;

import javafx.scene.Parent;

/** One screen of the unlocked inventory as the shell sees it: its node, a reload, and its shortcuts. */
public interface Screen {
    /** Builds the screen's nodes; the shell calls it once and keeps the result while unlocked. */
    Parent build();

    /** Reads the inventory again; called each time the screen is shown. */
    void refresh();

    /** Ctrl+F: put the caret in this screen's search field, if it has one. */
    default void focusSearch() {}

    /** Ctrl+N: open this screen's "add" form, if it has one. */
    default void createNew() {}

    /** Ctrl+E: save this screen's Excel report, if it has one. */
    default void export() {}
}
