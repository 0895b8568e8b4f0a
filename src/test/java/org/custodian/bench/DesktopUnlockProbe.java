package org.custodian.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.custodian.service.InventoryFiles;
import org.custodian.ui.FxTaskRunner;
import org.custodian.ui.Theme;
import org.custodian.ui.shell.MainWindow;

/**
 * One cold desktop unlock in this fresh JVM, as {@link DesktopUnlockBenchmark} runs it: the real window
 * (headless Monocle, software rendering) with the services {@code App} builds, the passphrase typed
 * after {@code typingMillis}, Open pressed, and the time until the dashboard shows its figures.
 * Prints {@code window-ms} (JVM start to window shown) and {@code unlock-ms} (Open to dashboard).
 * Arguments: inventory folder, passphrase, typing time in ms.
 */
public final class DesktopUnlockProbe {
    private DesktopUnlockProbe() {}

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        String passphrase = args[1];
        long typingMillis = Long.parseLong(args[2]);
        Path dataFolder = Files.createTempDirectory("custodian-probe");
        CompletableFuture<Scene> shown = new CompletableFuture<>();
        Platform.startup(() -> {
            Theme.apply();
            Stage stage = new Stage();
            new MainWindow(stage, InventoryFiles.forThisMachine(), new FxTaskRunner(), dataFolder).show();
            shown.complete(stage.getScene());
        });
        Scene scene = shown.get(60, TimeUnit.SECONDS);
        System.out.println("window-ms "
                + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
        Thread.sleep(typingMillis);
        long[] pressed = new long[1];
        onFx(() -> {
            ((TextInputControl) scene.lookup("#open-folder")).setText(folder.toString());
            ((TextInputControl) scene.lookup("#open-passphrase")).setText(passphrase);
            pressed[0] = System.nanoTime();
            System.out.println("pressed-at-uptime-ms "
                    + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
            ((Button) scene.lookup("#open-button")).fire();
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!dashboardShown(scene)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the dashboard never showed: " + onFxText(scene, "#start-error"));
            }
            Thread.sleep(2);
        }
        System.out.println("unlock-ms " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - pressed[0]));
        System.exit(0); // the inventory's lock goes with the process; nothing here is worth closing politely
    }

    /** The dashboard's status line moves on from "Loading" once its figures are on screen. */
    private static boolean dashboardShown(Scene scene) throws Exception {
        String status = onFxText(scene, "#inventory-status");
        return status != null && !status.isBlank() && !status.startsWith("Loading");
    }

    private static String onFxText(Scene scene, String id) throws Exception {
        CompletableFuture<String> text = new CompletableFuture<>();
        Platform.runLater(() -> text.complete(scene.lookup(id) instanceof Label label ? label.getText() : null));
        return text.get(30, TimeUnit.SECONDS);
    }

    private static void onFx(Runnable action) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            action.run();
            done.complete(null);
        });
        done.get(30, TimeUnit.SECONDS);
    }
}
