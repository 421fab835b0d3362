package dev.retort.model.graph;

import java.util.List;

/**
 * One end of a range as alembic's functions receive it: a spec string typed by a user, a
 * tuple of revision ids (the rows of a version table), or nothing ({@code None}).
 */
record Spec(String single, List<String> tuple) {

    static Spec of(String spec) {
        return new Spec(spec, null);
    }

    static Spec rows(List<String> ids) {
        return new Spec(null, List.copyOf(ids));
    }

    static Spec none() {
        return new Spec(null, null);
    }

    /** Python's falsiness of the value: None or an empty tuple. */
    boolean isEmpty() {
        return single == null && (tuple == null || tuple.isEmpty());
    }

    /** {@code util.to_tuple}. */
    List<String> ids() {
        if (single != null) {
            return List.of(single);
        }
        return tuple == null ? List.of() : tuple;
    }

    /** {@code get_revisions} of the value. */
    List<RevisionNode> resolve(RevisionResolver resolver) {
        if (single != null) {
            return resolver.getRevisions(single);
        }
        return tuple == null ? List.of() : resolver.getRevisions(tuple);
    }

    /** How Python's {@code %s} shows the value in messages. */
    String display() {
        if (single != null) {
            return single;
        }
        if (tuple == null) {
            return null;
        }
        if (tuple.size() == 1) {
            return "('" + tuple.get(0) + "',)";
        }
        return "(" + String.join(", ", tuple.stream().map(t -> "'" + t + "'").toList()) + ")";
    }
}
