package dev.retort.merge;

import dev.retort.model.python.PythonStrings;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code str % args} (printf-style formatting) for the conversions file templates and
 * Mako templates use: {@code s r a d i u x X o c f F %}, flags {@code -+ #0}, width and
 * precision. The right-hand side is a {@link Map} (a dict, for {@code %(name)s}), a
 * {@link PyTuple} (positional) or any single value. Errors carry Python's exception texts.
 */
final class PercentFormat {
    private final String format;
    private final Object args;
    private final List<Object> positional;
    private int argIndex;
    private int pos;

    private PercentFormat(String format, Object args) {
        this.format = format;
        this.args = args;
        this.positional = args instanceof PyTuple t ? t.items() : List.of(args);
    }

    /** {@code format % args}. */
    static String format(String format, Object args) throws PyError, UnsupportedConstruct {
        return new PercentFormat(format, args).run();
    }

    private String run() throws PyError, UnsupportedConstruct {
        StringBuilder out = new StringBuilder();
        boolean usedMapping = false;
        while (pos < format.length()) {
            char c = format.charAt(pos++);
            if (c != '%') {
                out.append(c);
                continue;
            }
            int specStart = pos - 1;
            if (pos >= format.length()) {
                throw new PyError("ValueError", "incomplete format");
            }
            Object value = null;
            boolean keyed = false;
            if (format.charAt(pos) == '(') {
                if (!(args instanceof Map<?, ?> map)) {
                    throw new PyError("TypeError", "format requires a mapping");
                }
                String key = readKey();
                if (!map.containsKey(key)) {
                    throw new PyError("KeyError", PythonStrings.repr(key));
                }
                value = map.get(key);
                keyed = true;
                usedMapping = true;
            }
            Spec spec = readSpec();
            if (spec.type == '%') {
                out.append('%');
                continue;
            }
            if (!keyed) {
                value = nextPositional();
            }
            out.append(convert(spec, value, specStart));
        }
        if (!usedMapping && !(args instanceof Map<?, ?>) && argIndex < positional.size()) {
            throw new PyError("TypeError", "not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private String readKey() throws PyError {
        int depth = 1;
        int start = ++pos;
        while (pos < format.length() && depth > 0) {
            char c = format.charAt(pos++);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        if (depth > 0) {
            throw new PyError("ValueError", "incomplete format key");
        }
        return format.substring(start, pos - 1);
    }

    private static final class Spec {
        boolean left;
        boolean plus;
        boolean space;
        boolean alternate;
        boolean zero;
        int width = -1;
        int precision = -1;
        char type;
    }

    private Spec readSpec() throws PyError, UnsupportedConstruct {
        Spec spec = new Spec();
        for (; pos < format.length(); pos++) {
            char f = format.charAt(pos);
            if (f == '-') {
                spec.left = true;
            } else if (f == '+') {
                spec.plus = true;
            } else if (f == ' ') {
                spec.space = true;
            } else if (f == '#') {
                spec.alternate = true;
            } else if (f == '0') {
                spec.zero = true;
            } else {
                break;
            }
        }
        spec.width = readNumber();
        if (pos < format.length() && format.charAt(pos) == '.') {
            pos++;
            spec.precision = Math.max(readNumber(), 0);
        }
        // Python accepts and ignores the C length modifiers
        while (pos < format.length() && "hlL".indexOf(format.charAt(pos)) >= 0) {
            pos++;
        }
        if (pos >= format.length()) {
            throw new PyError("ValueError", "incomplete format");
        }
        spec.type = format.charAt(pos++);
        return spec;
    }

    private int readNumber() throws UnsupportedConstruct {
        if (pos < format.length() && format.charAt(pos) == '*') {
            throw new UnsupportedConstruct("'*' width or precision in a % format");
        }
        int start = pos;
        while (pos < format.length() && format.charAt(pos) >= '0' && format.charAt(pos) <= '9') {
            pos++;
        }
        if (start == pos) {
            return -1;
        }
        try {
            return Integer.parseInt(format.substring(start, pos));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private Object nextPositional() throws PyError {
        if (args instanceof Map<?, ?>) {
            // Python formats the dict itself; nobody means that in a template
            throw new PyError("TypeError", "a positional format like %s needs %(name)s here");
        }
        if (argIndex >= positional.size()) {
            throw new PyError("TypeError", "not enough arguments for format string");
        }
        return positional.get(argIndex++);
    }

    private String convert(Spec spec, Object value, int specStart) throws PyError, UnsupportedConstruct {
        switch (spec.type) {
            case 's':
                return padText(spec, truncate(PyValues.str(value), spec.precision));
            case 'r':
            case 'a':
                if (spec.type == 'a' && value instanceof String s && !s.chars().allMatch(ch -> ch < 0x80)) {
                    throw new UnsupportedConstruct("%a of non-ASCII text");
                }
                return padText(spec, truncate(PyValues.repr(value), spec.precision));
            case 'c':
                return padText(spec, character(value));
            case 'd':
            case 'i':
            case 'u':
                return integer(spec, requireInt(value, "%" + spec.type + " format: a real number is required, not "),
                        10, "");
            case 'x':
                return integer(spec, requireInt(value, "%x format: an integer is required, not "), 16,
                        spec.alternate ? "0x" : "");
            case 'X':
                return integer(spec, requireInt(value, "%X format: an integer is required, not "), 16,
                        spec.alternate ? "0X" : "").toUpperCase(java.util.Locale.ROOT);
            case 'o':
                return integer(spec, requireInt(value, "%o format: an integer is required, not "), 8,
                        spec.alternate ? "0o" : "");
            case 'f':
            case 'F':
                return fixed(spec, requireInt(value, "must be real number, not "));
            case 'e':
            case 'E':
            case 'g':
            case 'G':
                throw new UnsupportedConstruct("%" + spec.type + " formatting");
            default:
                char t = spec.type;
                throw new PyError("ValueError", String.format("unsupported format character '%c' (0x%x) at index %d",
                        t, (int) t, pos - 1));
        }
    }

    private static long requireInt(Object value, String message) throws PyError {
        Long l = PyValues.asInt(value);
        if (l == null) {
            throw new PyError("TypeError", message + PyValues.typeName(value));
        }
        return l;
    }

    private static String truncate(String text, int precision) {
        if (precision < 0 || text.codePointCount(0, text.length()) <= precision) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, precision));
    }

    private static String character(Object value) throws PyError {
        if (value instanceof String s && s.codePointCount(0, s.length()) == 1) {
            return s;
        }
        Long l = PyValues.asInt(value);
        if (l == null) {
            throw new PyError("TypeError", "%c requires int or char");
        }
        if (l < 0 || l > 0x10FFFF) {
            throw new PyError("OverflowError", "%c arg not in range(0x110000)");
        }
        return Character.toString((int) (long) l);
    }

    /** Width padding with spaces, counted in code points; '0' is ignored for text as in Python. */
    private static String padText(Spec spec, String text) {
        int length = text.codePointCount(0, text.length());
        if (spec.width <= length) {
            return text;
        }
        String pad = " ".repeat(spec.width - length);
        return spec.left ? text + pad : pad + text;
    }

    private static String integer(Spec spec, long value, int radix, String prefix) {
        String digits = value < 0 ? Long.toString(value, radix).substring(1) : Long.toString(value, radix);
        if (spec.precision > digits.length()) {
            digits = "0".repeat(spec.precision - digits.length()) + digits;
        }
        return signAndPad(spec, value < 0, prefix, digits);
    }

    private static String fixed(Spec spec, long value) {
        int precision = spec.precision < 0 ? 6 : spec.precision;
        String digits = new BigDecimal(Math.abs(value)).setScale(precision).toPlainString();
        if (value == Long.MIN_VALUE) {
            digits = new BigDecimal(value).negate().setScale(precision).toPlainString();
        }
        if (precision == 0 && spec.alternate) {
            digits += ".";
        }
        return signAndPad(spec, value < 0, "", digits);
    }

    /** Sign, prefix ({@code 0x}), then zero padding between them and the digits, as CPython does. */
    private static String signAndPad(Spec spec, boolean negative, String prefix, String digits) {
        String sign = negative ? "-" : spec.plus ? "+" : spec.space ? " " : "";
        String head = sign + prefix;
        int length = head.length() + digits.length();
        if (spec.width <= length) {
            return head + digits;
        }
        int fill = spec.width - length;
        if (spec.left) {
            return head + digits + " ".repeat(fill);
        }
        if (spec.zero) {
            return head + "0".repeat(fill) + digits;
        }
        return " ".repeat(fill) + head + digits;
    }
}
