package org.custodian.ui;

import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Remembers the window's size and position between runs (never anything from the inventory). */
public final class WindowPlacement {
    private final Preferences preferences;

    public WindowPlacement(Preferences preferences) {
        this.preferences = preferences;
    }

    public static WindowPlacement forUser() {
        return new WindowPlacement(Preferences.userRoot().node("org/custodian/window"));
    }

    /** Restores the last placement if it is still on a screen, and saves it again when the window closes. */
    public void attach(Stage stage) {
        double width = preferences.getDouble("width", 0);
        double height = preferences.getDouble("height", 0);
        double x = preferences.getDouble("x", Double.NaN);
        double y = preferences.getDouble("y", Double.NaN);
        if (width >= 640
                && height >= 480
                && !Double.isNaN(x)
                && !Screen.getScreensForRectangle(new Rectangle2D(x, y, width, height))
                        .isEmpty()) {
            stage.setX(x);
            stage.setY(y);
            stage.setWidth(width);
            stage.setHeight(height);
        }
        stage.setMaximized(preferences.getBoolean("maximized", false));
        stage.setOnCloseRequest(e -> save(stage));
    }

    private void save(Stage stage) {
        preferences.putBoolean("maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            preferences.putDouble("x", stage.getX());
            preferences.putDouble("y", stage.getY());
            preferences.putDouble("width", stage.getWidth());
            preferences.putDouble("height", stage.getHeight());
        }
    }
}
