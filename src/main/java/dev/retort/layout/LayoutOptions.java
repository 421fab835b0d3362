package dev.retort.layout;

/**
 * Spacing and ordering choices for {@link DagLayout}.
 *
 * @param rowHeight vertical distance between two rows, {@code > 0}
 * @param laneWidth horizontal distance between two lanes, {@code > 0}
 * @param margin empty space left of lane 0 and above row 0 (and after the last ones in
 *     {@link LayoutResult#bounds()}), {@code >= 0}
 * @param headsOnTop put every revision that nothing depends on (no child of either kind) in the
 *     top rows, so all heads are visible at once; when false a head sits just above the rest of
 *     its branch, as in {@code git log --graph --topo-order}
 * @param basesAtBottom put every base ({@code down_revision = None}) in the bottom rows, so
 *     independent histories run side by side in their own lanes; when false a base follows its
 *     line of history directly
 */
public record LayoutOptions(double rowHeight, double laneWidth, double margin, boolean headsOnTop,
        boolean basesAtBottom) {

    /** 40 between rows, 24 between lanes, a margin of 20, heads on top, bases at the bottom. */
    public static final LayoutOptions DEFAULTS = new LayoutOptions(40, 24, 20, true, true);

    public LayoutOptions {
        if (!(rowHeight > 0) || Double.isInfinite(rowHeight)) {
            throw new IllegalArgumentException("rowHeight must be positive and finite: " + rowHeight);
        }
        if (!(laneWidth > 0) || Double.isInfinite(laneWidth)) {
            throw new IllegalArgumentException("laneWidth must be positive and finite: " + laneWidth);
        }
        if (!(margin >= 0) || Double.isInfinite(margin)) {
            throw new IllegalArgumentException("margin must be zero or positive and finite: " + margin);
        }
    }

    /** The defaults. */
    public static LayoutOptions defaults() {
        return DEFAULTS;
    }

    /** These options with other spacing. */
    public LayoutOptions withSpacing(double newRowHeight, double newLaneWidth, double newMargin) {
        return new LayoutOptions(newRowHeight, newLaneWidth, newMargin, headsOnTop, basesAtBottom);
    }

    /** These options with other ordering choices. */
    public LayoutOptions withOrdering(boolean newHeadsOnTop, boolean newBasesAtBottom) {
        return new LayoutOptions(rowHeight, laneWidth, margin, newHeadsOnTop, newBasesAtBottom);
    }

    /** The x of a lane's centre line; fractional lanes lie between lanes. */
    public double laneX(double lane) {
        return margin + lane * laneWidth;
    }

    /** The y of a row's centre line. */
    public double rowY(double row) {
        return margin + row * rowHeight;
    }
}
