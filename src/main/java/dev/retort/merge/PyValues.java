package dev.retort.merge;

import dev.retort.model.python.PythonStrings;

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
            return PythonStrings.repr(s);
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
