package dev.retort.merge;

import dev.retort.model.python.PythonStrings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The {@code str} methods templates use; other real {@code str} methods are unsupported. */
final class PyStrMethods {
    private static final Set<String> ALL_STR_METHODS = Set.of("capitalize", "casefold", "center", "count", "encode",
            "endswith", "expandtabs", "find", "format", "format_map", "index", "isalnum", "isalpha", "isascii",
            "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle",
            "isupper", "join", "ljust", "lower", "lstrip", "maketrans", "partition", "removeprefix", "removesuffix",
            "replace", "rfind", "rindex", "rjust", "rpartition", "rsplit", "rstrip", "split", "splitlines",
            "startswith", "strip", "swapcase", "title", "translate", "upper", "zfill");

    private PyStrMethods() {
    }

    /** {@code s.name} as a bound method. */
    static PyCallable attribute(String s, String name) throws PyError, UnsupportedConstruct {
        switch (name) {
            case "join":
                return (args, kw) -> join(s, one(args, kw, "join"));
            case "lower":
                return (args, kw) -> none(args, kw, "lower", PythonStrings.lower(s));
            case "upper":
                return (args, kw) -> none(args, kw, "upper", s.toUpperCase(Locale.ROOT));
            case "strip":
                return (args, kw) -> strip(s, optional(args, kw, "strip"), true, true);
            case "lstrip":
                return (args, kw) -> strip(s, optional(args, kw, "lstrip"), true, false);
            case "rstrip":
                return (args, kw) -> strip(s, optional(args, kw, "rstrip"), false, true);
            case "split":
                return (args, kw) -> split(s, args, kw);
            case "startswith":
                return (args, kw) -> affix(s, one(args, kw, "startswith"), true);
            case "endswith":
                return (args, kw) -> affix(s, one(args, kw, "endswith"), false);
            case "replace":
                return (args, kw) -> replace(s, args, kw);
            default:
                if (ALL_STR_METHODS.contains(name) || name.startsWith("__")) {
                    throw new UnsupportedConstruct("str." + name);
                }
                throw new PyError("AttributeError", "'str' object has no attribute '" + name + "'");
        }
    }

    private static Object one(List<Object> args, Map<String, Object> kw, String name) throws UnsupportedConstruct {
        if (args.size() != 1 || !kw.isEmpty()) {
            throw new UnsupportedConstruct("str." + name + " with these arguments");
        }
        return args.get(0);
    }

    private static Object optional(List<Object> args, Map<String, Object> kw, String name)
            throws UnsupportedConstruct {
        if (args.size() > 1 || !kw.isEmpty()) {
            throw new UnsupportedConstruct("str." + name + " with these arguments");
        }
        return args.isEmpty() ? PySpecial.NONE : args.get(0);
    }

    private static Object none(List<Object> args, Map<String, Object> kw, String name, Object result)
            throws UnsupportedConstruct {
        if (!args.isEmpty() || !kw.isEmpty()) {
            throw new UnsupportedConstruct("str." + name + " with arguments");
        }
        return result;
    }

    static String join(String separator, Object iterable) throws PyError {
        List<String> parts = new ArrayList<>();
        List<Object> items;
        try {
            items = PyValues.iterate(iterable);
        } catch (PyError e) {
            throw new PyError("TypeError", "can only join an iterable");
        }
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof String part)) {
                throw new PyError("TypeError", "sequence item " + i + ": expected str instance, "
                        + PyValues.typeName(items.get(i)) + " found");
            }
            parts.add(part);
        }
        return String.join(separator, parts);
    }

    /** Python's {@code str.isspace()} for one code point. */
    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || c == 0x85 || c == 0xa0 || c == 0x2007 || c == 0x202f;
    }

    private static String strip(String s, Object chars, boolean left, boolean right) throws PyError {
        int[] cps = s.codePoints().toArray();
        java.util.function.IntPredicate strip;
        if (chars == PySpecial.NONE) {
            strip = PyStrMethods::isSpace;
        } else if (chars instanceof String set) {
            strip = c -> set.codePoints().anyMatch(x -> x == c);
        } else {
            throw new PyError("TypeError", "strip arg must be None or str");
        }
        int start = 0;
        int end = cps.length;
        while (left && start < end && strip.test(cps[start])) {
            start++;
        }
        while (right && end > start && strip.test(cps[end - 1])) {
            end--;
        }
        return new String(cps, start, end - start);
    }

    private static Object split(String s, List<Object> args, Map<String, Object> kw)
            throws PyError, UnsupportedConstruct {
        Object sep = args.size() > 0 ? args.get(0) : kw.getOrDefault("sep", PySpecial.NONE);
        Object max = args.size() > 1 ? args.get(1) : kw.getOrDefault("maxsplit", -1L);
        if (args.size() > 2 || !Set.of("sep", "maxsplit").containsAll(kw.keySet())) {
            throw new UnsupportedConstruct("str.split with these arguments");
        }
        Long maxSplit = PyValues.asInt(max);
        if (maxSplit == null) {
            throw new PyError("TypeError", "'" + PyValues.typeName(max) + "' object cannot be interpreted as an integer");
        }
        List<Object> parts = new ArrayList<>();
        long limit = maxSplit < 0 ? Long.MAX_VALUE : maxSplit;
        if (sep == PySpecial.NONE) {
            int[] cps = s.codePoints().toArray();
            int i = 0;
            while (i < cps.length) {
                while (i < cps.length && isSpace(cps[i])) {
                    i++;
                }
                if (i >= cps.length) {
                    break;
                }
                if (parts.size() == limit) {
                    // Python keeps the remainder's trailing whitespace
                    parts.add(new String(cps, i, cps.length - i));
                    break;
                }
                int start = i;
                while (i < cps.length && !isSpace(cps[i])) {
                    i++;
                }
                parts.add(new String(cps, start, i - start));
            }
            return new PyList(parts);
        }
        if (!(sep instanceof String separator)) {
            throw new PyError("TypeError", "must be str or None, not " + PyValues.typeName(sep));
        }
        if (separator.isEmpty()) {
            throw new PyError("ValueError", "empty separator");
        }
        int from = 0;
        while (parts.size() < limit) {
            int at = s.indexOf(separator, from);
            if (at < 0) {
                break;
            }
            parts.add(s.substring(from, at));
            from = at + separator.length();
        }
        parts.add(s.substring(from));
        return new PyList(parts);
    }

    private static Object affix(String s, Object affix, boolean prefix) throws PyError {
        List<Object> options = affix instanceof PyTuple t ? t.items() : List.of(affix);
        for (Object option : options) {
            if (!(option instanceof String text)) {
                throw new PyError("TypeError", (prefix ? "startswith" : "endswith")
                        + " first arg must be str or a tuple of str, not " + PyValues.typeName(option));
            }
            if (prefix ? s.startsWith(text) : s.endsWith(text)) {
                return Boolean.TRUE;
            }
        }
        return Boolean.FALSE;
    }

    private static Object replace(String s, List<Object> args, Map<String, Object> kw)
            throws PyError, UnsupportedConstruct {
        if (args.size() < 2 || args.size() > 3 || !kw.isEmpty()) {
            throw new UnsupportedConstruct("str.replace with these arguments");
        }
        if (!(args.get(0) instanceof String old) || !(args.get(1) instanceof String replacement)) {
            throw new PyError("TypeError", "replace() argument must be str");
        }
        Long count = args.size() == 3 ? PyValues.asInt(args.get(2)) : Long.valueOf(-1);
        if (count == null) {
            throw new PyError("TypeError", "'" + PyValues.typeName(args.get(2))
                    + "' object cannot be interpreted as an integer");
        }
        if (count < 0) {
            return s.replace(old, replacement);
        }
        if (old.isEmpty()) {
            throw new UnsupportedConstruct("str.replace of '' with a count");
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (long done = 0; done < count; done++) {
            int at = s.indexOf(old, from);
            if (at < 0) {
                break;
            }
            out.append(s, from, at).append(replacement);
            from = at + old.length();
        }
        return out.append(s.substring(from)).toString();
    }
}
