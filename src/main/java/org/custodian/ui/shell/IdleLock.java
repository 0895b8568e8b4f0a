package org.custodian.ui.shell;

import javafx.animation.PauseTransition;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.util.Duration;

/** Locks after a stretch without keyboard or mouse input; any input starts the stretch again. */
final class IdleLock {
    private final PauseTransition timer;
    private final EventHandler<InputEvent> onInput;
    private final Scene scene;

    IdleLock(Scene scene, Duration limit, Runnable lock) {
        this.scene = scene;
        this.timer = new PauseTransition(limit);
        timer.setOnFinished(e -> lock.run());
        this.onInput = e -> timer.playFromStart();
    }

    void start() {
        scene.addEventFilter(InputEvent.ANY, onInput);
        timer.playFromStart();
    }

    void stop() {
        scene.removeEventFilter(InputEvent.ANY, onInput);
        timer.stop();
    }
}
