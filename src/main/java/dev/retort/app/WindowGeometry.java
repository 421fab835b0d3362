package dev.retort.app;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The window comes back where the user left it: size, position, maximised. Saved when the
 * window closes; restored only if it would still be visible on one of today's screens (a laptop
 * unplugged from its second monitor must not open Retort off screen).
 */
final class WindowGeometry {
    static final double DEFAULT_WIDTH = 1440;
    static final double DEFAULT_HEIGHT = 900;
    /** How much of the window must be on a screen for the saved place to count. */
    private static final double VISIBLE_WIDTH = 200;
    private static final double VISIBLE_HEIGHT = 100;

    private WindowGeometry() {
    }

    /** The saved bounds, if there are any and they are visible on one of the screens. */
    static Optional<Rectangle2D> saved(Settings.Values values, List<Rectangle2D> screens) {
        if (values.windowX == null || values.windowY == null || values.windowWidth == null
                || values.windowHeight == null) {
            return Optional.empty();
        }
        Rectangle2D bounds = new Rectangle2D(values.windowX, values.windowY, Math.max(values.windowWidth, 800),
                Math.max(values.windowHeight, 500));
        for (Rectangle2D screen : screens) {
            double overlapWidth = Math.min(bounds.getMaxX(), screen.getMaxX()) - Math.max(bounds.getMinX(),
                    screen.getMinX());
            double overlapHeight = Math.min(bounds.getMaxY(), screen.getMaxY()) - Math.max(bounds.getMinY(),
                    screen.getMinY());
            if (overlapWidth >= VISIBLE_WIDTH && overlapHeight >= VISIBLE_HEIGHT) {
                return Optional.of(bounds);
            }
        }
        return Optional.empty();
    }

    /** Puts the stage at its saved place (before it is shown), and saves the place when it closes. */
    static void restoreAndRemember(Stage stage, Settings settings) {
        Settings.Values values = settings.load();
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        saved(values, screens).ifPresent(b -> {
            stage.setX(b.getMinX());
            stage.setY(b.getMinY());
            stage.setWidth(b.getWidth());
            stage.setHeight(b.getHeight());
        });
        stage.setMaximized(values.maximized);
        stage.setOnHidden(e -> remember(stage, settings));
    }

    private static void remember(Stage stage, Settings settings) {
        Settings.Values values = settings.load();
        values.maximized = stage.isMaximized();
        if (!stage.isMaximized() && !stage.isIconified()) {
            values.windowX = stage.getX();
            values.windowY = stage.getY();
            values.windowWidth = stage.getWidth();
            values.windowHeight = stage.getHeight();
        }
        settings.save(values);
    }
}
