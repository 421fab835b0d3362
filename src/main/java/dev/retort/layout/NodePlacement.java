package dev.retort.layout;

/**
 * Where one revision sits.
 *
 * @param id the revision id
 * @param row 0 for the top row (a head); every child has a smaller row than its parents
 * @param lane the column, 0 at the left
 * @param x the centre's x: {@code margin + lane * laneWidth}
 * @param y the centre's y: {@code margin + row * rowHeight}
 */
public record NodePlacement(String id, int row, int lane, double x, double y) {

    /** The centre as a point. */
    public Point center() {
        return new Point(x, y);
    }
}
