package dev.retort.ui.graph;

import java.util.Locale;

/**
 * GraphStream CSS for the revision graph. Sizes are in graph units so that zooming out shrinks
 * the revisions with the rows (1 unit is 1 pixel at zoom 100%); edge widths and text are in
 * pixels so they stay crisp. Labels hide below {@link Viewport#LABEL_SCALE}: GraphStream's
 * {@code under-zoom} compares against its view percent, which {@link GraphView} keeps equal
 * to 1/scale.
 *
 * <p>Each state class only sets the stroke (ring) or the size, each structural class only the
 * fill and shape, so a selected head is still green and a merge on a path is still a diamond.
 */
public final class GraphStyleSheet {
    private GraphStyleSheet() {
    }

    /** Labels shifted right by this many lanes use the class {@code shiftN}; see {@link #shiftClass}. */
    public static String css(GraphPalette p, int maxShift, double laneWidth) {
        StringBuilder shifts = new StringBuilder();
        for (int lanes = 1; lanes <= maxShift; lanes++) {
            shifts.append(String.format(Locale.ROOT, "node.shift%d { text-offset: %.1fgu, 0gu; }%n", lanes,
                    LABEL_GAP + lanes * laneWidth));
        }
        return base(p) + merge(p) + shifts;
    }

    /** How many branch classes ({@code mergebranch1}...) the stylesheet defines; more heads cycle. */
    public static final int BRANCH_CLASSES = 4;

    /**
     * The merge wizard's overlay: a coloured ring per branch ({@code mergebranchN}, edges too)
     * and a strong ring on the branch point ({@code mergebase}).
     */
    static String merge(GraphPalette p) {
        StringBuilder css = new StringBuilder(String.format(Locale.ROOT,
                "node.mergebase { stroke-mode: plain; stroke-color: %s; stroke-width: 4px; size: 26gu; }%n",
                p.text()));
        for (int i = 1; i <= BRANCH_CLASSES; i++) {
            css.append(String.format(Locale.ROOT, "node.mergebranch%d { stroke-mode: plain; stroke-color: %s; "
                    + "stroke-width: 3px; }%nedge.mergebranch%d { fill-color: %s; size: 3.5px; z-index: 2; }%n",
                    i, p.branch(i - 1), i, p.branch(i - 1)));
        }
        return css.toString();
    }

    /** The class of the n-th branch (from 0) of the merge overlay, for nodes and edges alike. */
    public static String branchClass(int index) {
        return "mergebranch" + (Math.floorMod(index, BRANCH_CLASSES) + 1);
    }

    /**
     * The class that moves a revision's label past the lanes to its right, so text never sits on
     * a line of history (git log --graph style); empty when the revision is in the rightmost lane.
     */
    public static String shiftClass(int lanes) {
        return lanes <= 0 ? "" : "shift" + lanes;
    }

    /**
     * The rules for databases' own colours: {@code current_rrggbb} (a solid ring),
     * {@code pending_rrggbb} (a thin pale ring), {@code badge_rrggbb} and {@code hollow_rrggbb}
     * (the dots beside a revision a database is at, or would run on upgrade) and
     * {@code tag_rrggbb} (the name tag), for each colour in use, plus the badge and tag themselves.
     *
     * @param colors {@code #rrggbb} values
     */
    public static String databaseCss(GraphPalette p, java.util.Collection<String> colors) {
        StringBuilder css = new StringBuilder(String.format(Locale.ROOT,
                "node.badge { shape: circle; size: %.1fgu; fill-color: %s; stroke-mode: plain; stroke-color: %s; "
                        + "stroke-width: 1.5px; z-index: 5; text-mode: hidden; }%n"
                        + "node.tag { shape: circle; size: 1px; fill-mode: none; stroke-mode: none; z-index: 5; text-offset: 0px, 0px; "
                        + "text-alignment: at-left; text-size: 11; text-style: bold; text-color: #ffffff; "
                        + "text-background-mode: rounded-box; text-background-color: %2$s; text-padding: 3px, 2px; "
                        + "text-visibility-mode: under-zoom; text-visibility: %4$.2f; }%n",
                BADGE_SIZE, p.current(), p.background(), 1 / TAG_SCALE));
        for (String color : new java.util.TreeSet<>(colors)) {
            String hex = colorSuffix(color);
            css.append(String.format(Locale.ROOT, "node.current_%1$s { stroke-mode: plain; stroke-color: #%1$s; "
                    + "stroke-width: 4px; }%n", hex));
            // dashes break into arcs on a small node; a thin, pale ring plus the hollow badge read better
            css.append(String.format(Locale.ROOT, "node.pending_%1$s { stroke-mode: plain; stroke-color: #%1$s99; "
                    + "stroke-width: 2px; }%n", hex));
            css.append(String.format(Locale.ROOT, "node.badge_%1$s { fill-color: #%1$s; }%n", hex));
            css.append(String.format(Locale.ROOT, "node.hollow_%1$s { fill-color: %2$s; stroke-color: #%1$s; "
                    + "stroke-width: 2px; size: %3$.1fgu; }%n", hex, p.background(), BADGE_SIZE - 3));
            css.append(String.format(Locale.ROOT, "node.tag_%1$s { text-background-color: #%1$s; text-color: %2$s; }%n",
                    hex, readableOn(color)));
        }
        return css.toString();
    }

    /** {@code #1F77B4} becomes {@code 1f77b4}: the suffix of the colour's classes. */
    public static String colorSuffix(String color) {
        return color.startsWith("#") ? color.substring(1).toLowerCase(Locale.ROOT) : color.toLowerCase(Locale.ROOT);
    }

    /** Diameter of a database badge, in graph units. */
    static final double BADGE_SIZE = 13;
    /** Name tags show from this scale up. */
    static final double TAG_SCALE = 0.25;

    /** White or near-black text, whichever reads better on the colour (WCAG relative luminance). */
    static String readableOn(String color) {
        int rgb = Integer.parseInt(colorSuffix(color), 16);
        double l = 0.2126 * linear(rgb >> 16 & 0xff) + 0.7152 * linear(rgb >> 8 & 0xff) + 0.0722 * linear(rgb & 0xff);
        return l > 0.4 ? "#1f2328" : "#ffffff";
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** Gap between a revision and its label, in graph units (scales with the zoom like the lanes). */
    static final double LABEL_GAP = 16;

    static String base(GraphPalette p) {
        double labelZoom = 1 / Viewport.LABEL_SCALE;
        return String.format(Locale.ROOT, """
                graph { fill-color: %1$s; padding: 0px; }
                node {
                  shape: circle; size: 18gu; fill-color: %3$s; stroke-mode: plain; stroke-color: %1$s;
                  stroke-width: 1.5px; z-index: 3;
                  text-alignment: at-right; text-offset: 16gu, 0gu; text-size: 12; text-color: %2$s;
                  text-font: 'DejaVu Sans'; text-visibility-mode: under-zoom; text-visibility: %19$.4f;
                  text-background-mode: plain; text-background-color: %1$s; text-padding: 1px;
                }
                node.labeled { text-style: bold; }
                node.base { shape: rounded-box; size: 18gu; fill-color: %5$s; }
                node.branchpoint { shape: triangle; size: 21gu; fill-color: %7$s; }
                node.merge { shape: diamond; size: 24gu; fill-color: %6$s; }
                node.head { size: 24gu; fill-color: %4$s; }
                node.problem { fill-color: %9$s; stroke-mode: plain; stroke-color: %9$s; stroke-width: 3px; }
                node.warning { stroke-mode: plain; stroke-color: %8$s; stroke-width: 3px; }
                node.pending { stroke-mode: dashes; stroke-color: %18$s; stroke-width: 3px; }
                node.current { stroke-mode: plain; stroke-color: %17$s; stroke-width: 4px; }
                node.descendant { stroke-mode: plain; stroke-color: %14$s; stroke-width: 2.5px; }
                node.ancestor { stroke-mode: plain; stroke-color: %13$s; stroke-width: 2.5px; }
                node.match { stroke-mode: plain; stroke-color: %16$s; stroke-width: 4px; }
                node.path { stroke-mode: plain; stroke-color: %15$s; stroke-width: 4px; }
                node.secondary { stroke-mode: plain; stroke-color: %15$s; stroke-width: 5px; size: 28gu; }
                node.planstep { stroke-mode: plain; stroke-color: %12$s; stroke-width: 4px; size: 26gu; }
                node.plandone { stroke-mode: plain; stroke-color: %4$s; stroke-width: 5px; size: 26gu; }
                node.planfailed { stroke-mode: plain; stroke-color: %9$s; stroke-width: 6px; size: 28gu; }
                node.planrunning { stroke-mode: plain; stroke-color: %18$s; stroke-width: 6px; size: 30gu; }
                node.selected { stroke-mode: plain; stroke-color: %12$s; stroke-width: 5px; size: 28gu; z-index: 4; }
                edge {
                  shape: polyline; size: 2px; fill-color: %10$s; arrow-shape: none; z-index: 1;
                }
                edge.depends { fill-mode: none; stroke-mode: dashes; stroke-color: %11$s; stroke-width: 1.5px; size: 0px; }
                edge.lineage { fill-color: %13$s; size: 3px; z-index: 2; }
                edge.path { fill-color: %15$s; size: 4px; z-index: 2; }
                """, p.background(), p.text(), p.node(), p.head(), p.base(), p.merge(), p.branchPoint(),
                p.warning(), p.problem(), p.edge(), p.dependsOn(), p.selected(), p.ancestor(), p.descendant(),
                p.path(), p.match(), p.current(), p.pending(), labelZoom);
    }
}
