package dev.retort.merge;

import java.util.List;
import java.util.StringJoiner;

/**
 * Python semantics for the plain template values: {@code str()}, {@code repr()}, truth and
 * {@code ==}. Values are {@link String} (str), {@link Long} (int), {@link Boolean} (bool),
 * {@link PySpecial} (None, UNDEFINED), {@link PyTuple}, {@link PyList}, {@link PyObject}
 * and {@link PyCallable}.
 */
final class PyValues {
    private PyValues() {
    }

    /** Python's {@code type(x).__name__}. */
    static String typeName(Object value) {
        if (value instanceof String) {
            return "str";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        if (value instanceof Long) {
            return "int";
        }
        if (value == PySpecial.NONE) {
            return "NoneType";
        }
        if (value == PySpecial.UNDEFINED) {
            return "Undefined";
        }
        if (value instanceof PyTuple) {
            return "tuple";
        }
        if (value instanceof PyList) {
            return "list";
        }
        if (value instanceof PyObject object) {
            return object.typeName();
        }
        return "function";
    }

    /** {@code str(x)}; Mako's default filter. Printing UNDEFINED is a {@code NameError}. */
    static String str(Object value) throws PyError, UnsupportedConstruct {
        if (value instanceof String s) {
            return s;
        }
        if (value == PySpecial.UNDEFINED) {
            throw new PyError("NameError", "Undefined");
        }
        if (value instanceof PyObject object) {
            return object.str();
        }
        return repr(value);
    }

    /** {@code repr(x)}. */
    static String repr(Object value) throws PyError, UnsupportedConstruct {
        if (value instanceof String s) {
            return reprString(s);
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof Long l) {
            return l.toString();
        }
        if (value == PySpecial.NONE) {
            return "None";
        }
        if (value instanceof PyTuple tuple) {
            return reprItems(tuple.items(), "(", tuple.items().size() == 1 ? ",)" : ")");
        }
        if (value instanceof PyList list) {
            return reprItems(list.items(), "[", "]");
        }
        if (value instanceof PyObject object) {
            return object.repr();
        }
        // functions and UNDEFINED print their memory address: nothing reproducible
        throw new UnsupportedConstruct("printing a " + typeName(value) + " object");
    }

    private static String reprItems(List<Object> items, String open, String close)
            throws PyError, UnsupportedConstruct {
        StringJoiner joiner = new StringJoiner(", ", open, close);
        for (Object item : items) {
            joiner.add(repr(item));
        }
        return joiner.toString();
    }

    /**
     * {@code repr(str)}: single quotes unless the text has a single quote and no double quote;
     * backslash escapes for the quote, {@code \\}, tab, newline, carriage return and for
     * characters {@code str.isprintable()} rejects.
     */
    static String reprString(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(s.length() + 2).append(quote);
        s.codePoints().forEach(c -> {
            if (c == quote || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < ' ' || c == 0x7f) {
                out.append(String.format("\\x%02x", c));
            } else if (c < 0x7f || isPrintable(c)) {
                out.appendCodePoint(c);
            } else if (c <= 0xff) {
                out.append(String.format("\\x%02x", c));
            } else if (c <= 0xffff) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.append(String.format("\\U%08x", c));
            }
        });
        return out.append(quote).toString();
    }

    /** Python's {@code str.isprintable()} for one code point: not "Other" and not "Separator", except space. */
    static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    /** Python truth: None, UNDEFINED, False, 0, "" and empty sequences are false. */
    static boolean truthy(Object value) {
        if (value == PySpecial.NONE || value == PySpecial.UNDEFINED) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Long l) {
            return l != 0;
        }
        if (value instanceof String s) {
            return !s.isEmpty();
        }
        if (value instanceof PyTuple t) {
            return !t.items().isEmpty();
        }
        if (value instanceof PyList l) {
            return !l.items().isEmpty();
        }
        return true;
    }

    /** An int for arithmetic and {@code %d}: bool counts as int, as in Python. */
    static Long asInt(Object value) {
        if (value instanceof Long l) {
            return l;
        }
        if (value instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        return null;
    }

    /** Python {@code ==} for the plain values (other objects compare by identity). */
    static boolean pyEquals(Object a, Object b) {
        Long ia = asInt(a);
        Long ib = asInt(b);
        if (ia != null && ib != null) {
            return ia.equals(ib);
        }
        if (a instanceof String sa && b instanceof String sb) {
            return sa.equals(sb);
        }
        if (a instanceof PyTuple ta && b instanceof PyTuple tb) {
            return itemsEqual(ta.items(), tb.items());
        }
        if (a instanceof PyList la && b instanceof PyList lb) {
            return itemsEqual(la.items(), lb.items());
        }
        return a == b;
    }

    private static boolean itemsEqual(List<Object> a, List<Object> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!pyEquals(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The items of an iterable value ({@code for x in ...}, {@code in}, {@code join}). */
    static List<Object> iterate(Object value) throws PyError {
        if (value instanceof PyTuple t) {
            return t.items();
        }
        if (value instanceof PyList l) {
            return l.items();
        }
        if (value instanceof String s) {
            return s.codePoints().mapToObj(Character::toString).map(Object.class::cast).toList();
        }
        throw new PyError("TypeError", "'" + typeName(value) + "' object is not iterable");
    }
}
