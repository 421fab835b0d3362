package dev.retort.ui.graph;

import java.util.List;

/**
 * The colours of the graph for one theme. The same values feed the GraphStream stylesheet,
 * the legend and the SVG export, so all three always agree.
 */
public record GraphPalette(String background, String text, String node, String head, String base, String merge,
        String branchPoint, String warning, String problem, String edge, String dependsOn, String selected,
        String ancestor, String descendant, String path, String match, String current, String pending) {

    public static final GraphPalette LIGHT = new GraphPalette("#ffffff", "#1f2328", "#6e7781", "#1a7f37",
            "#0969da", "#8250df", "#bc4c00", "#9a6700", "#cf222e", "#b6bec7", "#8c959f", "#0550ae", "#218bff",
            "#bf3989", "#fb8500", "#d4a72c", "#0a7ea4", "#e16f24");

    public static final GraphPalette DARK = new GraphPalette("#0d1117", "#e6edf3", "#8b949e", "#3fb950",
            "#58a6ff", "#a371f7", "#db6d28", "#d29922", "#f85149", "#3d444d", "#6e7681", "#79c0ff", "#388bfd",
            "#db61a2", "#ffa657", "#e3b341", "#39c5cf", "#f0883e");

    private static final List<String> LIGHT_BRANCHES = List.of("#1c7ed6", "#d6336c", "#0ca678", "#e67700");
    private static final List<String> DARK_BRANCHES = List.of("#4dabf7", "#f783ac", "#38d9a9", "#ffc078");

    public static GraphPalette of(boolean dark) {
        return dark ? DARK : LIGHT;
    }

    /**
     * The colours the merge wizard gives the branches it compares, one per head (cycled):
     * distinct from the structural fills and from the selection rings.
     */
    public List<String> branches() {
        return equals(DARK) ? DARK_BRANCHES : LIGHT_BRANCHES;
    }

    /** The colour of the n-th branch (from 0), cycling through {@link #branches()}. */
    public String branch(int index) {
        return branches().get(Math.floorMod(index, branches().size()));
    }
}
