package org.custodian.bench;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.custodian.service.InventoryFiles;
import org.custodian.ui.FxTaskRunner;
import org.custodian.ui.Theme;
import org.custodian.ui.shell.MainWindow;

/**
 * Screenshots of the real window on a real (virtual) screen, for looking at what a user sees:
 * <pre>
 * xvfb-run -s "-screen 0 1280x800x24" java -cp target/custodian.jar:target/test-classes \
 *     org.custodian.bench.ScreenshotProbe FOLDER PASSPHRASE OUT_DIR 1280 800 nav-backups ...
 * </pre>
 * Opens the inventory, captures the dashboard, then the window after each step (see {@link #act}): e.g.
 * {@code nav-assets add-asset asset-kind=PHYSICAL_KEY asset-form@1} shows the end of the key form.
 */
public final class ScreenshotProbe {
    private ScreenshotProbe() {}

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[2]));
        int width = Integer.parseInt(args[3]);
        int height = Integer.parseInt(args[4]);
        Path dataFolder = Files.createTempDirectory("custodian-shots");
        CompletableFuture<Scene> shown = new CompletableFuture<>();
        Platform.startup(() -> {
            Theme.apply();
            Stage stage = new Stage();
            new MainWindow(stage, InventoryFiles.forThisMachine(), new FxTaskRunner(), dataFolder).show();
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
            shown.complete(stage.getScene());
        });
        Scene scene = shown.get(60, TimeUnit.SECONDS);
        Thread.sleep(1500);
        capture(out.resolve("start-" + width + "x" + height + ".png"), width, height);
        onFx(() -> {
            ((TextInputControl) scene.lookup("#open-folder")).setText(folder.toString());
            ((TextInputControl) scene.lookup("#open-passphrase")).setText(args[1]);
            ((ButtonBase) scene.lookup("#open-button")).fire();
        });
        waitFor(() -> scene.lookup("#inventory-status") instanceof Label status
                && !status.getText().startsWith("Loading"));
        Thread.sleep(1500);
        capture(out.resolve("dashboard-" + width + "x" + height + ".png"), width, height);
        for (int i = 5; i < args.length; i++) {
            String step = args[i];
            onFx(() -> act(scene, step));
            Thread.sleep(2500);
            String name = step.replaceAll("[^A-Za-z0-9-]+", "-");
            capture(out.resolve(name + "-" + width + "x" + height + ".png"), width, height);
        }
        System.exit(0);
    }

    /**
     * One step: {@code ID} fires a button; {@code ID=VALUE} chooses the item of a drop-down whose text (an enum's
     * name) is VALUE, or types VALUE into a text field; {@code ID@0.5} scrolls a scroll pane to that fraction; {@code ID#2}
     * selects a table's third row.
     */
    @SuppressWarnings("unchecked")
    private static void act(Scene scene, String step) {
        if (step.contains("#")) {
            String[] parts = step.split("#", 2);
            ((javafx.scene.control.TableView<?>) scene.lookup("#" + parts[0]))
                    .getSelectionModel()
                    .select(Integer.parseInt(parts[1]));
        } else if (step.contains("@")) {
            String[] parts = step.split("@", 2);
            ((ScrollPane) scene.lookup("#" + parts[0])).setVvalue(Double.parseDouble(parts[1]));
        } else if (step.contains("=")) {
            String[] parts = step.split("=", 2);
            javafx.scene.Node node = scene.lookup("#" + parts[0]);
            if (node instanceof ComboBox<?> combo) {
                ComboBox<Object> choice = (ComboBox<Object>) combo;
                choice.getItems().stream()
                        .filter(item -> String.valueOf(item).equals(parts[1]))
                        .findFirst()
                        .ifPresent(choice::setValue);
            } else {
                ((TextInputControl) node).setText(parts[1]);
            }
        } else {
            ((ButtonBase) scene.lookup("#" + step)).fire();
        }
    }

    private interface Check {
        boolean holds();
    }

    private static void waitFor(Check check) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            CompletableFuture<Boolean> holds = new CompletableFuture<>();
            Platform.runLater(() -> holds.complete(check.holds()));
            if (holds.get(30, TimeUnit.SECONDS)) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(20);
        }
    }

    private static void capture(Path file, int width, int height) throws Exception {
        CompletableFuture<WritableImage> shot = new CompletableFuture<>();
        Platform.runLater(() -> shot.complete(new Robot().getScreenCapture(null, 0, 0, width, height)));
        WritableImage image = shot.get(30, TimeUnit.SECONDS);
        PixelReader pixels = image.getPixelReader();
        BufferedImage png =
                new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        ImageIO.write(png, "png", file.toFile());
        System.out.println("wrote " + file);
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
