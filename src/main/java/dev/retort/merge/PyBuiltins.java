package dev.retort.merge;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Python builtins templates may call ({@code repr}, {@code str}, {@code len}) and alembic's
 * {@code comma} ({@code util.format_as_comma}). Other builtin names are known so that using them
 * is reported as unsupported instead of rendering Mako's UNDEFINED.
 */
final class PyBuiltins {
    private static final Set<String> OTHER_BUILTINS = Set.of("abs", "aiter", "all", "anext", "any", "ascii", "bin",
            "bool", "breakpoint", "bytearray", "bytes", "callable", "chr", "classmethod", "compile", "complex",
            "copyright", "credits", "delattr", "dict", "dir", "divmod", "enumerate", "eval", "exec", "exit",
            "filter", "float", "format", "frozenset", "getattr", "globals", "hasattr", "hash", "help", "hex", "id",
            "input", "int", "isinstance", "issubclass", "iter", "license", "list", "locals", "map", "max",
            "memoryview", "min", "next", "object", "oct", "open", "ord", "pow", "print", "property", "quit",
            "range", "reversed", "round", "set", "setattr", "slice", "sorted", "staticmethod", "sum", "super",
            "tuple", "type", "vars", "zip", "__import__", "__build_class__", "__debug__", "__doc__", "__name__",
            "__package__", "__loader__", "__spec__", "Ellipsis", "NotImplemented");

    static final PyCallable REPR = (args, kw) -> PyValues.repr(single("repr", args, kw));
    static final PyCallable STR = (args, kw) -> {
        if (args.isEmpty() && kw.isEmpty()) {
            return "";
        }
        return PyValues.str(single("str", args, kw));
    };
    static final PyCallable LEN = (args, kw) -> {
        Object value = single("len", args, kw);
        if (value instanceof String s) {
            return (long) s.codePointCount(0, s.length());
        }
        if (value instanceof PyTuple || value instanceof PyList) {
            return (long) PyValues.iterate(value).size();
        }
        throw new PyError("TypeError", "object of type '" + PyValues.typeName(value) + "' has no len()");
    };
    /** {@code alembic.util.format_as_comma}. */
    static final PyCallable COMMA = (args, kw) -> {
        Object value = single("format_as_comma", args, kw);
        if (value == PySpecial.NONE) {
            return "";
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof PyTuple || value instanceof PyList) {
            return PyStrMethods.join(", ", value);
        }
        throw new PyError("ValueError", "Don't know how to comma-format " + PyValues.repr(value));
    };

    private PyBuiltins() {
    }

    private static Object single(String name, List<Object> args, Map<String, Object> kw) throws PyError {
        if (args.size() != 1 || !kw.isEmpty()) {
            throw new PyError("TypeError", name + "() takes exactly one argument (" + args.size() + " given)");
        }
        return args.get(0);
    }

    /**
     * A builtin by name: the callable for supported ones, {@code null} when Python has no such
     * builtin.
     *
     * @throws UnsupportedConstruct for real builtins Retort does not evaluate
     */
    static Object lookup(String name) throws UnsupportedConstruct {
        switch (name) {
            case "repr":
                return REPR;
            case "str":
                return STR;
            case "len":
                return LEN;
            default:
                if (OTHER_BUILTINS.contains(name) || name.endsWith("Error") || name.endsWith("Exception")
                        || name.endsWith("Warning")) {
                    throw new UnsupportedConstruct("builtin " + name);
                }
                return null;
        }
    }
}
