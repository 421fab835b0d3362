package dev.retort.ui.graph;

import dev.retort.layout.Bounds;

/**
 * What part of the layout the graph view shows: a centre in layout coordinates (y down, as
 * {@link dev.retort.layout.LayoutResult} has it) and a scale in screen pixels per layout unit.
 * Toolkit-free so the zoom and pan arithmetic can be tested without a screen.
 */
public record Viewport(double centerX, double centerY, double scale) {
    /** Below this the whole drawing is a smear; above it a revision fills the window. */
    public static final double MIN_SCALE = 0.04;
    public static final double MAX_SCALE = 4.0;
    /** Labels are drawn from this scale up; below it rows are too close for text. */
    public static final double LABEL_SCALE = 0.5;
    /** Fitting never zooms in past this: a 3-revision project should not look like a poster. */
    public static final double FIT_MAX_SCALE = 1.25;

    public Viewport {
        scale = clampScale(scale);
    }

    public static double clampScale(double scale) {
        if (!(scale > 0) || Double.isNaN(scale)) {
            return 1;
        }
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale));
    }

    /** Zoom by a factor keeping the layout point under screen position (px, py) where it is. */
    public Viewport zoomAt(double factor, double px, double py, double width, double height) {
        double newScale = clampScale(scale * factor);
        double lx = toLayoutX(px, width);
        double ly = toLayoutY(py, height);
        double cx = lx - (px - width / 2) / newScale;
        double cy = ly - (py - height / 2) / newScale;
        return new Viewport(cx, cy, newScale);
    }

    /** Move the picture by a screen distance (drag to the right moves the picture right). */
    public Viewport panByPixels(double dx, double dy) {
        return new Viewport(centerX - dx / scale, centerY - dy / scale, scale);
    }

    public Viewport centeredOn(double x, double y) {
        return new Viewport(x, y, scale);
    }

    public double toLayoutX(double px, double width) {
        return centerX + (px - width / 2) / scale;
    }

    public double toLayoutY(double py, double height) {
        return centerY + (py - height / 2) / scale;
    }

    public double toScreenX(double x, double width) {
        return (x - centerX) * scale + width / 2;
    }

    public double toScreenY(double y, double height) {
        return (y - centerY) * scale + height / 2;
    }

    public boolean labelsVisible() {
        return scale >= LABEL_SCALE;
    }

    /**
     * The view that shows a rectangle of the layout whole, with {@code labelPx} screen pixels
     * to its right for labels. When that would need a scale below {@code minFitScale} (a
     * history of thousands of revisions) it shows the top of the rectangle at that scale
     * instead: the heads, which is what the user came for, not an unreadable grey line.
     */
    public static Viewport fit(Bounds area, double labelPx, double width, double height, double minFitScale) {
        double areaW = Math.max(1, area.width());
        double areaH = Math.max(1, area.height());
        if (width <= 0 || height <= 0) {
            return new Viewport(area.minX() + areaW / 2, area.minY() + areaH / 2, 1);
        }
        double usableW = Math.max(width * 0.3, width - labelPx);
        double scale = Math.min(FIT_MAX_SCALE, Math.min(usableW / areaW, height / areaH));
        scale = clampScale(Math.max(scale, minFitScale));
        double totalPx = areaW * scale + labelPx;
        double offset = Math.max(0, (width - totalPx) / 2);
        double cx = area.minX() + (width / 2 - offset) / scale;
        double cy = areaH * scale <= height ? area.minY() + areaH / 2 : area.minY() + (height / 2) / scale;
        return new Viewport(cx, cy, scale);
    }
}
