package dev.retort.parsing.config;

import dev.retort.model.python.PythonStrings;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code configparser.BasicInterpolation.before_get}, applied to an {@link IniDocument}.
 *
 * <p>{@code %(name)s} is replaced by the raw value of {@code name} (lower-cased) from the same
 * section or DEFAULT, itself interpolated when it contains {@code %}; {@code %%} is a literal
 * {@code %}; anything else after {@code %} is an error. Nesting deeper than
 * {@value #MAX_INTERPOLATION_DEPTH} levels fails like Python's {@code InterpolationDepthError}.
 * Failures carry Python's exception text.
 */
final class BasicInterpolation {

    /** configparser's {@code MAX_INTERPOLATION_DEPTH}. */
    static final int MAX_INTERPOLATION_DEPTH = 10;

    /**
     * Python has no limit, but ten levels of several references each can grow a value
     * exponentially; past this size Retort gives up instead of running out of memory.
     */
    static final int MAX_VALUE_LENGTH = 4 * 1024 * 1024;

    private static final Pattern KEYCRE = Pattern.compile("%\\(([^)]+)\\)s");

    private BasicInterpolation() {
    }

    /** Thrown internally to unwind the recursion with Python's message. */
    private static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;

        Failure(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * {@code parser.get(section, option)} with interpolation.
     *
     * @param option an already lower-cased key that {@link IniDocument#hasOption} accepts
     * @return the interpolated value, or Python's error text; empty if the option is absent
     */
    static Optional<ValueOrError> get(IniDocument doc, String section, String option) {
        Optional<String> raw = doc.raw(section, option);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder accum = new StringBuilder();
        try {
            interpolateSome(doc, section, option, accum, raw.get(), 1);
        } catch (Failure f) {
            return Optional.of(ValueOrError.failure(f.getMessage()));
        }
        return Optional.of(ValueOrError.of(accum.toString()));
    }

    private static void interpolateSome(IniDocument doc, String section, String option, StringBuilder accum,
            String rest, int depth) throws Failure {
        String rawval = doc.raw(section, option).orElse(rest);
        if (depth > MAX_INTERPOLATION_DEPTH) {
            throw new Failure(String.format("Recursion limit exceeded in value substitution: option %s "
                    + "in section %s contains an interpolation key which cannot be substituted in %d steps. "
                    + "Raw value: %s", PythonStrings.repr(option), PythonStrings.repr(section), MAX_INTERPOLATION_DEPTH,
                    PythonStrings.repr(rawval)));
        }
        int pos = 0;
        while (pos < rest.length()) {
            int p = rest.indexOf('%', pos);
            if (p < 0) {
                append(accum, rest.substring(pos));
                return;
            }
            append(accum, rest.substring(pos, p));
            char c = p + 1 < rest.length() ? rest.charAt(p + 1) : '\0';
            if (p + 1 < rest.length() && c == '%') {
                append(accum, "%");
                pos = p + 2;
            } else if (p + 1 < rest.length() && c == '(') {
                Matcher m = KEYCRE.matcher(rest);
                m.region(p, rest.length());
                if (!m.lookingAt()) {
                    throw new Failure("bad interpolation variable reference " + PythonStrings.repr(rest.substring(p)));
                }
                String var = PythonStrings.lower(m.group(1));
                pos = m.end();
                Optional<String> v = doc.raw(section, var);
                if (v.isEmpty()) {
                    throw new Failure(String.format("Bad value substitution: option %s in section %s contains "
                            + "an interpolation key %s which is not a valid option name. Raw value: %s",
                            PythonStrings.repr(option), PythonStrings.repr(section), PythonStrings.repr(var), PythonStrings.repr(rawval)));
                }
                if (v.get().indexOf('%') >= 0) {
                    interpolateSome(doc, section, option, accum, v.get(), depth + 1);
                } else {
                    append(accum, v.get());
                }
            } else {
                throw new Failure("'%' must be followed by '%' or '(', found: " + PythonStrings.repr(rest.substring(p)));
            }
        }
    }

    private static void append(StringBuilder accum, String text) throws Failure {
        if (accum.length() + (long) text.length() > MAX_VALUE_LENGTH) {
            throw new Failure("interpolated value is longer than " + MAX_VALUE_LENGTH
                    + " characters; Retort stops here (Python would keep expanding)");
        }
        accum.append(text);
    }
}
