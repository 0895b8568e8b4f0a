package org.custodian.ui;

import java.nio.file.Path;
import java.util.Locale;

/** The per-user data folder each OS expects, where new inventories go by default. */
public final class DataFolders {
    private DataFolders() {}

    public static Path userDataFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home).resolve("Custodian");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/Custodian");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share")).resolve("custodian");
    }
}
