package dev.retort.merge;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** Revision-id rules: alembic's own check, Retort's advice, and alembic's random ids. */
public final class RevisionIds {
    /** {@code alembic_version.version_num} is {@code VARCHAR(32)}. */
    public static final int MAX_LENGTH = 32;

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_]+");

    private RevisionIds() {
    }

    /** {@code util.rev_id()}: {@code uuid.uuid4().hex[-12:]}, 12 random lowercase hex digits. */
    public static Supplier<String> random() {
        return () -> UUID.randomUUID().toString().replace("-", "").substring(20);
    }

    /**
     * {@code Script.verify_rev_id}: the text alembic fails with, e.g.
     * {@code Character(s) '-' not allowed in revision identifier 'bad-id'}.
     */
    public static Optional<String> alembicError(String id, AlembicFlavor flavor) {
        TreeSet<Character> illegal = new TreeSet<>();
        for (char c : id.toCharArray()) {
            if (flavor.illegalRevisionCharacters().contains(c)) {
                illegal.add(c);
            }
        }
        if (illegal.isEmpty()) {
            return Optional.empty();
        }
        List<String> shown = illegal.stream().map(String::valueOf).toList();
        return Optional.of("Character(s) '" + String.join(", ", shown) + "' not allowed in revision identifier '"
                + id + "'");
    }

    /** Retort's refusal for ids alembic accepts but that break later, or empty. */
    static Optional<String> refusal(String id) {
        int length = id.codePointCount(0, id.length());
        if (length > MAX_LENGTH) {
            return Optional.of("Revision id '" + id + "' is " + length + " characters long; alembic_version.version_num"
                    + " is VARCHAR(" + MAX_LENGTH + "), so upgrading to it would fail on most databases");
        }
        if (id.contains("/") || id.contains("\0")) {
            return Optional.of("Revision id '" + id + "' contains '/' or NUL, which cannot be part of a file name");
        }
        return Optional.empty();
    }

    /** Advice for legal ids with characters that make shells, URLs or file names awkward, or empty. */
    static Optional<String> advice(String id) {
        if (PLAIN.matcher(id).matches()) {
            return Optional.empty();
        }
        return Optional.of("Revision id '" + id + "' has characters other than letters, digits and '_'; alembic"
                + " accepts it, but it is awkward in file names, shells and revision specs");
    }
}
