package dev.retort.merge;

import dev.retort.model.python.PythonStrings;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code re.split} for the patterns templates use (multidb's {@code r',\s*'}). Python and Java
 * regular expressions agree on the common core; patterns using syntax where they differ are
 * reported as unsupported rather than guessed.
 */
final class PyRegex {
    private static final List<String> DIVERGENT = List.of("(?P", "&&", "\\p", "\\P", "\\h", "\\H", "\\v", "\\V",
            "\\R", "\\X", "\\z", "\\Z", "\\G", "\\Q", "\\E", "\\e", "\\k", "\\c", "\\N", "(?#", "(?(");

    private PyRegex() {
    }

    static Object split(Object pattern, Object string, Object maxSplit, Object flags)
            throws PyError, UnsupportedConstruct {
        if (!(pattern instanceof String regex)) {
            throw new UnsupportedConstruct("re.split with a " + PyValues.typeName(pattern) + " pattern");
        }
        if (!(string instanceof String text)) {
            throw new PyError("TypeError", "expected string or bytes-like object, got '"
                    + PyValues.typeName(string) + "'");
        }
        Long max = PyValues.asInt(maxSplit);
        if (max == null || !Long.valueOf(0).equals(PyValues.asInt(flags))) {
            throw new UnsupportedConstruct("re.split with flags or a non-int maxsplit");
        }
        Pattern compiled = compile(regex);
        List<Object> parts = new ArrayList<>();
        Matcher m = compiled.matcher(text);
        int last = 0;
        long splits = 0;
        while ((max <= 0 || splits < max) && m.find()) {
            parts.add(text.substring(last, m.start()));
            for (int g = 1; g <= m.groupCount(); g++) {
                parts.add(m.group(g) == null ? PySpecial.NONE : m.group(g));
            }
            last = m.end();
            splits++;
        }
        parts.add(text.substring(last));
        return new PyList(parts);
    }

    private static Pattern compile(String regex) throws UnsupportedConstruct {
        for (String marker : DIVERGENT) {
            if (regex.contains(marker)) {
                throw new UnsupportedConstruct("regular expression " + PythonStrings.repr(regex));
            }
        }
        if (nestedClass(regex) || regex.matches("(?s).*\\(\\?<[A-Za-z].*")) {
            throw new UnsupportedConstruct("regular expression " + PythonStrings.repr(regex));
        }
        try {
            // Python str patterns: Unicode \w \s \d; '.' and '$' only know '\n'
            return Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNIX_LINES);
        } catch (PatternSyntaxException e) {
            throw new UnsupportedConstruct("regular expression " + PythonStrings.repr(regex));
        }
    }

    /** A '[' inside a character class nests in Java but is a literal in Python. */
    private static boolean nestedClass(String regex) {
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                if (inClass) {
                    return true;
                }
                inClass = true;
                if (i + 1 < regex.length() && regex.charAt(i + 1) == '^') {
                    i++;
                }
                if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
                    return true;
                }
            } else if (c == ']') {
                inClass = false;
            }
        }
        return false;
    }
}
