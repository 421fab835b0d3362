package dev.retort.merge;

import dev.retort.model.python.PythonStrings;
import java.util.ArrayList;
import java.util.List;

/**
 * The file-name slug alembic derives from the revision message
 * ({@code ScriptDirectory._rev_path}):
 * <pre>
 * slug = "_".join(re.findall(r"\w+", message or "")).lower()
 * if len(slug) > truncate_slug_length:
 *     slug = slug[:truncate_slug_length].rsplit("_", 1)[0] + "_"
 * </pre>
 * {@code \w} is Python 3's Unicode word class ({@code str.isalnum()} plus {@code _}), which
 * differs from Java's, so it is spelled out here, as is Python's lower-casing ({@link PyLower}).
 * All lengths are in code points, as Python's.
 */
public final class Slug {
    private Slug() {
    }

    /**
     * The slug for a message.
     *
     * @param message the {@code -m} text; {@code null} gives an empty slug
     * @param truncateSlugLength alembic's {@code truncate_slug_length} after the config layer
     *        (alembic turns 0 into 40 before this point; negative values slice like Python)
     * @return the slug, possibly empty
     */
    public static String of(String message, int truncateSlugLength) {
        String slug = PythonStrings.lower(String.join("_", words(message == null ? "" : message)));
        int[] codePoints = slug.codePoints().toArray();
        if (codePoints.length > truncateSlugLength) {
            String head = new String(codePoints, 0, sliceEnd(codePoints.length, truncateSlugLength));
            int cut = head.lastIndexOf('_');
            slug = (cut < 0 ? head : head.substring(0, cut)) + "_";
        }
        return slug;
    }

    /** The end index of Python's {@code s[:n]} on a sequence of this length. */
    private static int sliceEnd(int length, int n) {
        if (n >= 0) {
            return Math.min(n, length);
        }
        return Math.max(0, length + n);
    }

    /** {@code re.findall(r"\w+", text)} with Python 3 {@code str} semantics. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (isWordChar(c)) {
                current.appendCodePoint(c);
            } else if (current.length() > 0) {
                words.add(current.toString());
                current.setLength(0);
            }
        });
        if (current.length() > 0) {
            words.add(current.toString());
        }
        return words;
    }

    /**
     * Python's {@code \w} for {@code str} patterns: {@code _} or {@code str.isalnum()}, which is
     * true for letters (L*) and numbers (Nd, Nl, No) and false for combining marks.
     */
    static boolean isWordChar(int c) {
        if (c == '_') {
            return true;
        }
        switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER:
                return true;
            default:
                return false;
        }
    }
}
