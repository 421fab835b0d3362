package dev.retort.ui.graph;

import dev.retort.layout.Bounds;
import dev.retort.layout.LayoutResult;
import dev.retort.layout.NodePlacement;
import java.util.Collection;
import java.util.Optional;

/** Where the camera goes to show some revisions: toolkit-free arithmetic for {@link GraphView}. */
final class CameraMoves {
    private CameraMoves() {
    }

    /** The view in which these revisions fill the window (a single one centred at a readable zoom). */
    static Optional<Viewport> zoomTo(LayoutResult layout, Collection<String> ids, double labelPx, double width,
            double height) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (String id : ids) {
            Optional<NodePlacement> place = layout.find(id);
            if (place.isPresent()) {
                minX = Math.min(minX, place.get().x());
                minY = Math.min(minY, place.get().y());
                maxX = Math.max(maxX, place.get().x());
                maxY = Math.max(maxY, place.get().y());
            }
        }
        if (minX == Double.MAX_VALUE) {
            return Optional.empty();
        }
        double pad = layout.options().rowHeight();
        Bounds box = new Bounds(minX - pad, minY - pad, maxX + pad, maxY + pad);
        Viewport fitted = Viewport.fit(box, labelPx, width, height, Viewport.LABEL_SCALE);
        return Optional.of(new Viewport(fitted.centerX(), (minY + maxY) / 2, Math.min(fitted.scale(), 1.5)));
    }

    /**
     * The smallest move that brings a revision into view, zooming in only when labels are too
     * small to read; empty when it is in view already.
     */
    static Optional<Viewport> reveal(LayoutResult layout, Viewport vp, String id, double w, double h) {
        return layout.find(id).flatMap(place -> {
            double scale = vp.labelsVisible() ? vp.scale() : 1.0;
            Viewport at = new Viewport(vp.centerX(), vp.centerY(), scale);
            double sx = at.toScreenX(place.x(), w);
            double sy = at.toScreenY(place.y(), h);
            double marginY = Math.min(80, h / 4);
            double targetX = clamp(sx, Math.min(60, w / 4), Math.max(60, w * 0.55));
            double targetY = clamp(sy, marginY, h - marginY);
            if (targetX == sx && targetY == sy && scale == vp.scale()) {
                return Optional.empty();
            }
            return Optional.of(at.panByPixels(targetX - sx, targetY - sy));
        });
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
