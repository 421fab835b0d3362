package dev.retort.ui.graph;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where databases stand, as the graph draws it.
 *
 * @param nodeClasses the "database" node layer: {@code current}/{@code pending} and their colour
 *     variants {@code current_rrggbb}/{@code pending_rrggbb} (a solid or dashed ring)
 * @param badges per revision, one dot per database at it, in profile order
 * @param pendingBadges per revision, one hollow dot per database an upgrade would run it on
 * @param tags per revision, the names of the databases at it, drawn left of the lanes
 * @param colors every {@code #rrggbb} the above use, so the stylesheet has their rules
 */
public record DatabaseMarks(Map<String, Set<String>> nodeClasses, Map<String, List<String>> badges,
        Map<String, List<String>> pendingBadges, Map<String, Tag> tags, Set<String> colors) {

    public static final DatabaseMarks NONE = new DatabaseMarks(Map.of(), Map.of(), Map.of(), Map.of(), Set.of());

    /** A name tag: its text and background colour. */
    public record Tag(String text, String color) {
    }

    public DatabaseMarks {
        nodeClasses = Map.copyOf(nodeClasses);
        badges = Map.copyOf(badges);
        pendingBadges = Map.copyOf(pendingBadges);
        tags = Map.copyOf(tags);
        colors = Set.copyOf(colors);
    }
}
