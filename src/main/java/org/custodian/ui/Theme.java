package org.custodian.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;

/**
 * Light or dark, following the system where it can be asked: JavaFX 21 has no colour-scheme API,
 * so the desktop's own setting is read (GNOME, macOS, Windows). CUSTODIAN_THEME=light|dark overrides.
 */
public final class Theme {
    private Theme() {}

    public static void apply() {
        Application.setUserAgentStylesheet(
                prefersDark() ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    static boolean prefersDark() {
        String chosen = System.getenv("CUSTODIAN_THEME");
        if (chosen != null && !chosen.isBlank()) {
            return chosen.strip().equalsIgnoreCase("dark");
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return ask("defaults", "read", "-g", "AppleInterfaceStyle").contains("dark");
        }
        if (os.contains("win")) {
            return ask(
                            "reg",
                            "query",
                            "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                            "/v",
                            "AppsUseLightTheme")
                    .contains("0x0");
        }
        return ask("gsettings", "get", "org.gnome.desktop.interface", "color-scheme")
                .contains("dark");
    }

    /** Runs a short settings query; any failure (no such tool, no desktop) means "no preference". */
    private static String ask(String... command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return "";
            }
            return new String(process.getInputStream().readAllBytes()).toLowerCase(Locale.ROOT);
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
