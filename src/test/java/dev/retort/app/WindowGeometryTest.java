package dev.retort.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowGeometryTest {
    private static final List<Rectangle2D> ONE_SCREEN = List.of(new Rectangle2D(0, 0, 1920, 1080));

    private static Settings.Values at(double x, double y, double w, double h) {
        Settings.Values v = new Settings.Values();
        v.windowX = x;
        v.windowY = y;
        v.windowWidth = w;
        v.windowHeight = h;
        return v;
    }

    @Test
    void nothingSavedMeansTheDefaultPlace() {
        assertThat(WindowGeometry.saved(new Settings.Values(), ONE_SCREEN)).isEmpty();
    }

    @Test
    void aPlaceOnAScreenIsRestored() {
        assertThat(WindowGeometry.saved(at(100, 50, 1200, 800), ONE_SCREEN))
                .contains(new Rectangle2D(100, 50, 1200, 800));
    }

    @Test
    void aPlaceOnAMonitorThatIsGoneIsNot() {
        assertThat(WindowGeometry.saved(at(2500, 100, 1200, 800), ONE_SCREEN)).isEmpty();
        assertThat(WindowGeometry.saved(at(1850, 1050, 1200, 800), ONE_SCREEN)).as("only a sliver visible").isEmpty();
    }

    @Test
    void aTinyWindowComesBackUsable() {
        assertThat(WindowGeometry.saved(at(10, 10, 50, 20), ONE_SCREEN)).contains(new Rectangle2D(10, 10, 800, 500));
    }

    @Test
    void theSettingsFileKeepsThePlace() throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempDirectory("geometry").resolve("settings.json");
        Settings settings = new Settings(file);
        Settings.Values values = at(120, 80, 1300, 850);
        values.maximized = true;
        settings.save(values);
        Settings.Values read = settings.load();
        assertThat(read.windowX).isEqualTo(120);
        assertThat(read.windowHeight).isEqualTo(850);
        assertThat(read.maximized).isTrue();
    }
}
