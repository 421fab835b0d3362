package dev.retort.layout;

/**
 * An axis-aligned rectangle in layout coordinates.
 *
 * @param minX left edge
 * @param minY top edge
 * @param maxX right edge
 * @param maxY bottom edge
 */
public record Bounds(double minX, double minY, double maxX, double maxY) {

    /** The bounds of an empty layout: a zero-size rectangle at the origin. */
    public static final Bounds EMPTY = new Bounds(0, 0, 0, 0);

    public Bounds {
        if (!(minX <= maxX) || !(minY <= maxY)) {
            throw new IllegalArgumentException("Bounds need min <= max: " + minX + "," + minY + " " + maxX + "," + maxY);
        }
    }

    public double width() {
        return maxX - minX;
    }

    public double height() {
        return maxY - minY;
    }

    /** Whether the point lies inside or on the border. */
    public boolean contains(Point point) {
        return point.x() >= minX && point.x() <= maxX && point.y() >= minY && point.y() <= maxY;
    }
}
