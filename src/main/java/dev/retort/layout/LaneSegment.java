package dev.retort.layout;

/**
 * A lane held by one line of history (a chain of first-parent revisions, with the edges that
 * run along it) or by one long edge, from {@code fromRow} to {@code toRow} inclusive. Segments
 * in the same lane never overlap; a lane is free again on the row after {@code toRow}.
 *
 * @param lane the column
 * @param fromRow first row held (the upper end)
 * @param toRow last row held (the lower end), {@code >= fromRow}
 */
public record LaneSegment(int lane, int fromRow, int toRow) {

    public LaneSegment {
        if (lane < 0 || fromRow < 0 || toRow < fromRow) {
            throw new IllegalArgumentException("Bad lane segment: lane " + lane + " rows " + fromRow + ".." + toRow);
        }
    }

    /** Whether the segment holds its lane on {@code row}. */
    public boolean covers(int row) {
        return row >= fromRow && row <= toRow;
    }
}
