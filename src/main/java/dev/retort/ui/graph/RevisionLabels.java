package dev.retort.ui.graph;

import dev.retort.model.revision.Revision;
import java.util.List;

/** The one-line text next to a revision: short id, message, the branch labels it declares. */
public final class RevisionLabels {
    static final int MAX_ID = 24;
    static final int MAX_MESSAGE = 52;

    private RevisionLabels() {
    }

    public static String label(Revision rev) {
        String message = firstLine(rev.doc());
        boolean idSaysIt = !message.isEmpty() && slug(rev.id()).contains(slug(message));
        // Hand-named ids such as 016_add_security_constraints already carry the message.
        StringBuilder text = new StringBuilder(idSaysIt ? ellipsize(rev.id(), MAX_ID + MAX_MESSAGE) : shortId(rev.id()));
        if (!message.isEmpty() && !idSaysIt) {
            text.append("  ").append(ellipsize(message, MAX_MESSAGE));
        }
        List<String> labels = rev.branchLabels();
        if (!labels.isEmpty()) {
            text.append("  [").append(String.join(", ", labels)).append(']');
        }
        return text.toString();
    }

    /** Alembic's 12-hex ids stay whole (people recognise them); long hand-made ids are cut. */
    public static String shortId(String id) {
        return ellipsize(id, MAX_ID);
    }

    private static String slug(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    static String firstLine(String text) {
        String trimmed = text.strip();
        int nl = trimmed.indexOf('\n');
        return nl < 0 ? trimmed : trimmed.substring(0, nl).strip();
    }

    static String ellipsize(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
