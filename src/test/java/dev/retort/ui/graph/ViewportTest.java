package dev.retort.ui.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.retort.layout.Bounds;
import org.junit.jupiter.api.Test;

class ViewportTest {
    @Test
    void zoomingKeepsThePointUnderThePointerInPlace() {
        Viewport vp = new Viewport(500, 300, 1);
        double lx = vp.toLayoutX(200, 1000);
        double ly = vp.toLayoutY(150, 800);
        Viewport zoomed = vp.zoomAt(1.7, 200, 150, 1000, 800);
        assertThat(zoomed.scale()).isEqualTo(1.7, within(1e-9));
        assertThat(zoomed.toScreenX(lx, 1000)).isEqualTo(200, within(1e-9));
        assertThat(zoomed.toScreenY(ly, 800)).isEqualTo(150, within(1e-9));
    }

    @Test
    void scaleStaysWithinLimits() {
        assertThat(new Viewport(0, 0, 1e-6).scale()).isEqualTo(Viewport.MIN_SCALE);
        assertThat(new Viewport(0, 0, 1e6).scale()).isEqualTo(Viewport.MAX_SCALE);
        assertThat(new Viewport(0, 0, Double.NaN).scale()).isEqualTo(1);
    }

    @Test
    void panningMovesThePictureWithThePointer() {
        Viewport vp = new Viewport(100, 100, 2);
        Viewport moved = vp.panByPixels(40, -20);
        assertThat(moved.toScreenX(100, 800) - vp.toScreenX(100, 800)).isEqualTo(40, within(1e-9));
        assertThat(moved.toScreenY(100, 600) - vp.toScreenY(100, 600)).isEqualTo(-20, within(1e-9));
    }

    @Test
    void aSmallGraphFitsWholeWithoutBlowingUp() {
        Viewport fit = Viewport.fit(new Bounds(0, 0, 100, 200), 300, 1200, 800, Viewport.LABEL_SCALE);
        assertThat(fit.scale()).isEqualTo(Viewport.FIT_MAX_SCALE);
        assertThat(fit.toScreenY(0, 800)).isGreaterThanOrEqualTo(0);
        assertThat(fit.toScreenY(200, 800)).isLessThanOrEqualTo(800);
    }

    @Test
    void aHugeGraphShowsItsTopAtTheSmallestReadableScale() {
        Viewport fit = Viewport.fit(new Bounds(0, 0, 300, 440_000), 300, 1200, 800, Viewport.LABEL_SCALE);
        assertThat(fit.scale()).isEqualTo(Viewport.LABEL_SCALE);
        assertThat(fit.toScreenY(0, 800)).isEqualTo(0, within(1e-9));
        assertThat(fit.labelsVisible()).isTrue();
    }
}
