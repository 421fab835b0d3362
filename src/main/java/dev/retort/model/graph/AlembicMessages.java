package dev.retort.model.graph;

/**
 * The texts alembic's command layer prints for revision errors
 * ({@code ScriptDirectory._catch_revision_errors}), so Retort says exactly what
 * {@code alembic} would say.
 */
public final class AlembicMessages {
    private AlembicMessages() {
    }

    /** Wording overrides one command passes to {@code _catch_revision_errors}. */
    public record Overrides(String ancestor, String multipleHeads, String start, String end) {
        public static final Overrides NONE = new Overrides(null, null, null, null);

        public static Overrides range(String start, String end) {
            return new Overrides(null, null, start, end);
        }

        public static Overrides upgrade(String destination) {
            return new Overrides("Destination %(end)s is not a valid upgrade target from current head(s)",
                    null, null, destination);
        }

        public static Overrides downgrade(String destination) {
            return new Overrides("Destination %(end)s is not a valid downgrade target from current head(s)",
                    null, null, destination);
        }

        public static Overrides multipleHeads(String text) {
            return new Overrides(null, text, null, null);
        }
    }

    /** The {@code FAILED: ...} text alembic's CLI would print for this error. */
    public static String commandText(RevisionException error, Overrides overrides) {
        if (error instanceof RangeNotAncestorException rna) {
            String start = overrides.start() != null ? overrides.start() : String.valueOf(rna.lower());
            String end = overrides.end() != null ? overrides.end() : String.valueOf(rna.upper());
            String template = overrides.ancestor() != null ? overrides.ancestor()
                    : "Requested range %(start)s:%(end)s does not refer to ancestor/descendant revisions "
                            + "along the same branch";
            return template.replace("%(start)s", start).replace("%(end)s", end);
        }
        if (error instanceof MultipleHeadsException mh) {
            String template = overrides.multipleHeads() != null ? overrides.multipleHeads()
                    : "Multiple head revisions are present for given argument '%(head_arg)s'; please specify a "
                            + "specific target revision, '<branchname>@%(head_arg)s' to narrow to a specific "
                            + "head, or 'heads' for all heads";
            String headArg = overrides.end() != null ? overrides.end() : mh.argument();
            return template.replace("%(head_arg)s", headArg).replace("%(heads)s", String.join(", ", mh.heads()));
        }
        if (error instanceof ResolutionException re) {
            return "Can't locate revision identified by '" + re.argument() + "'";
        }
        return error.getMessage();
    }

    public static String commandText(RevisionException error) {
        return commandText(error, Overrides.NONE);
    }
}
