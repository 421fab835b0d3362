package dev.retort.merge;

import java.util.ArrayList;
import java.util.List;

/** Python's operators on the plain template values. */
final class PyOperators {
    private PyOperators() {
    }

    static Object subscript(Object target, Object index, TemplateObjects.ContextObject context)
            throws PyError, UnsupportedConstruct {
        if (target == context) {
            Object value = context.lookup(index, PySpecial.UNDEFINED);
            if (value == PySpecial.UNDEFINED) {
                throw new PyError("KeyError", PyValues.repr(index));
            }
            return value;
        }
        if (target instanceof PyTuple || target instanceof PyList || target instanceof String) {
            Long i = PyValues.asInt(index);
            if (i == null) {
                throw new PyError("TypeError", PyValues.typeName(target) + " indices must be integers, not "
                        + PyValues.typeName(index));
            }
            List<Object> items = PyValues.iterate(target);
            long at = i < 0 ? i + items.size() : i;
            if (at < 0 || at >= items.size()) {
                throw new PyError("IndexError", PyValues.typeName(target) + " index out of range");
            }
            return items.get((int) at);
        }
        if (target == PySpecial.NONE || target == PySpecial.UNDEFINED || target instanceof Long
                || target instanceof Boolean) {
            throw new PyError("TypeError", "'" + PyValues.typeName(target) + "' object is not subscriptable");
        }
        throw new UnsupportedConstruct("subscript of a " + PyValues.typeName(target));
    }

    static Object unary(String op, Object operand) throws PyError {
        Long value = PyValues.asInt(operand);
        if (value == null) {
            throw new PyError("TypeError", "bad operand type for unary " + op + ": '"
                    + PyValues.typeName(operand) + "'");
        }
        return op.equals("-") ? Math.negateExact(value) : value;
    }

    static boolean compare(String op, Object left, Object right) throws PyError, UnsupportedConstruct {
        switch (op) {
            case "==":
                return PyValues.pyEquals(left, right);
            case "!=":
                return !PyValues.pyEquals(left, right);
            case "in":
                return contains(right, left);
            case "notin":
                return !contains(right, left);
            case "is":
                return identical(left, right);
            case "isnot":
                return !identical(left, right);
            default:
                return order(op, left, right);
        }
    }

    private static boolean identical(Object left, Object right) throws UnsupportedConstruct {
        if (isSingleton(left) || isSingleton(right)) {
            return left == right || (left instanceof Boolean && left.equals(right));
        }
        throw new UnsupportedConstruct("'is' between two " + PyValues.typeName(left) + " values");
    }

    private static boolean isSingleton(Object value) {
        return value instanceof PySpecial || value instanceof Boolean;
    }

    private static boolean contains(Object container, Object item) throws PyError {
        if (container instanceof String s) {
            if (!(item instanceof String part)) {
                throw new PyError("TypeError", "'in <string>' requires string as left operand, not "
                        + PyValues.typeName(item));
            }
            return s.contains(part);
        }
        if (container instanceof PyTuple || container instanceof PyList) {
            for (Object element : PyValues.iterate(container)) {
                if (PyValues.pyEquals(element, item)) {
                    return true;
                }
            }
            return false;
        }
        throw new PyError("TypeError", "argument of type '" + PyValues.typeName(container) + "' is not iterable");
    }

    private static boolean order(String op, Object left, Object right) throws PyError {
        int cmp;
        Long l = PyValues.asInt(left);
        Long r = PyValues.asInt(right);
        if (l != null && r != null) {
            cmp = Long.compare(l, r);
        } else if (left instanceof String ls && right instanceof String rs) {
            cmp = compareCodePoints(ls, rs);
        } else {
            throw new PyError("TypeError", "'" + op + "' not supported between instances of '"
                    + PyValues.typeName(left) + "' and '" + PyValues.typeName(right) + "'");
        }
        return switch (op) {
            case "<" -> cmp < 0;
            case ">" -> cmp > 0;
            case "<=" -> cmp <= 0;
            default -> cmp >= 0;
        };
    }

    private static int compareCodePoints(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (x[i] != y[i]) {
                return Integer.compare(x[i], y[i]);
            }
        }
        return Integer.compare(x.length, y.length);
    }

    static Object binary(String op, Object left, Object right) throws PyError, UnsupportedConstruct {
        Long l = PyValues.asInt(left);
        Long r = PyValues.asInt(right);
        try {
            switch (op) {
                case "%":
                    if (left instanceof String format) {
                        return PercentFormat.format(format, right);
                    }
                    if (l != null && r != null) {
                        if (r == 0) {
                            throw new PyError("ZeroDivisionError", "integer modulo by zero");
                        }
                        return Math.floorMod(l, r);
                    }
                    break;
                case "+":
                    if (l != null && r != null) {
                        return Math.addExact(l, r);
                    }
                    if (left instanceof String a && right instanceof String b) {
                        return a + b;
                    }
                    if (left instanceof PyTuple a && right instanceof PyTuple b) {
                        return new PyTuple(concat(a.items(), b.items()));
                    }
                    if (left instanceof PyList a && right instanceof PyList b) {
                        return new PyList(concat(a.items(), b.items()));
                    }
                    break;
                case "-":
                    if (l != null && r != null) {
                        return Math.subtractExact(l, r);
                    }
                    break;
                case "*":
                    if (l != null && r != null) {
                        return Math.multiplyExact(l, r);
                    }
                    if (left instanceof String s && r != null) {
                        return repeat(s, r);
                    }
                    if (l != null && right instanceof String s) {
                        return repeat(s, l);
                    }
                    break;
                default:
                    break;
            }
        } catch (ArithmeticException e) {
            throw new UnsupportedConstruct("integers beyond 64 bits");
        }
        throw new PyError("TypeError", "unsupported operand type(s) for " + op + ": '" + PyValues.typeName(left)
                + "' and '" + PyValues.typeName(right) + "'");
    }

    private static String repeat(String s, long times) throws UnsupportedConstruct {
        if ((long) s.length() * Math.max(0, times) > 10_000_000L) {
            throw new UnsupportedConstruct("a string of more than ten million characters");
        }
        return s.repeat((int) Math.max(0, times));
    }

    private static List<Object> concat(List<Object> a, List<Object> b) {
        List<Object> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
