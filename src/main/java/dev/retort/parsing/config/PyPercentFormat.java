package dev.retort.parsing.config;

import dev.retort.model.python.PythonStrings;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Python's {@code str % mapping} where every mapping value is a str, as alembic (1.16+) applies
 * it to each string from {@code [tool.alembic]} with {@code {"here": <pyproject dir>}}.
 *
 * <p>Supported: {@code %%}, {@code %(key)s}/{@code r}/{@code a} with flags, width and precision.
 * Failures carry the Python exception, e.g. {@code KeyError: 'x'} for an unknown key or
 * {@code ValueError: incomplete format} for a stray {@code %} at the end.
 */
final class PyPercentFormat {

    private PyPercentFormat() {
    }

    /** Formats {@code template % args}. */
    static ValueOrError format(String template, Map<String, String> args) {
        StringBuilder out = new StringBuilder();
        boolean mappingUsedPositionally = false;
        int i = 0;
        int n = template.length();
        while (i < n) {
            char c = template.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            int start = i;
            i++;
            if (i >= n) {
                return ValueOrError.failure("ValueError: incomplete format");
            }
            String key = null;
            if (template.charAt(i) == '(') {
                int depth = 1;
                int keyStart = ++i;
                while (i < n && depth > 0) {
                    char k = template.charAt(i);
                    depth += k == '(' ? 1 : k == ')' ? -1 : 0;
                    i++;
                }
                if (depth > 0) {
                    return ValueOrError.failure("ValueError: incomplete format key");
                }
                key = template.substring(keyStart, i - 1);
            }
            StringBuilder flags = new StringBuilder();
            while (i < n && "-+ #0".indexOf(template.charAt(i)) >= 0) {
                flags.append(template.charAt(i++));
            }
            if (i < n && template.charAt(i) == '*') {
                return ValueOrError.failure("TypeError: * wants int");
            }
            int width = 0;
            while (i < n && Character.isDigit(template.charAt(i)) && template.charAt(i) < 128) {
                width = Math.min(width * 10 + (template.charAt(i++) - '0'), 1_000_000);
            }
            int precision = -1;
            if (i < n && template.charAt(i) == '.') {
                i++;
                if (i < n && template.charAt(i) == '*') {
                    return ValueOrError.failure("TypeError: * wants int");
                }
                precision = 0;
                while (i < n && Character.isDigit(template.charAt(i)) && template.charAt(i) < 128) {
                    precision = Math.min(precision * 10 + (template.charAt(i++) - '0'), 1_000_000);
                }
            }
            // length modifiers are accepted and ignored by Python
            while (i < n && "hlL".indexOf(template.charAt(i)) >= 0) {
                i++;
            }
            if (i >= n) {
                return ValueOrError.failure("ValueError: incomplete format");
            }
            char conversion = template.charAt(i++);
            if (conversion == '%' && key == null && i - start == 2) {
                out.append('%');
                continue;
            }
            String arg;
            if (key != null) {
                if (!args.containsKey(key)) {
                    return ValueOrError.failure("KeyError: " + PythonStrings.repr(key));
                }
                arg = args.get(key);
            } else {
                // With a mapping as the right operand, the first bare spec formats the mapping itself.
                if (mappingUsedPositionally) {
                    return ValueOrError.failure("TypeError: not enough arguments for format string");
                }
                mappingUsedPositionally = true;
                arg = null;
            }
            String text;
            switch (conversion) {
                case 's':
                    text = arg != null ? arg : dictRepr(args);
                    break;
                case 'r':
                case 'a':
                    text = arg != null ? PythonStrings.repr(arg) : dictRepr(args);
                    break;
                case 'd': case 'i': case 'u': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
                    return ValueOrError.failure("TypeError: %" + conversion
                            + " format: a real number is required, not " + (arg != null ? "str" : "dict"));
                case 'o': case 'x': case 'X':
                    return ValueOrError.failure("TypeError: %" + conversion
                            + " format: an integer is required, not " + (arg != null ? "str" : "dict"));
                case 'c':
                    if (arg != null && arg.codePointCount(0, arg.length()) == 1) {
                        text = arg;
                        break;
                    }
                    return ValueOrError.failure("TypeError: %c requires int or char");
                default:
                    return ValueOrError.failure(String.format("ValueError: unsupported format character '%c' (0x%x) at index %d",
                            conversion, (int) conversion, i - 1));
            }
            if (precision >= 0 && "sra".indexOf(conversion) >= 0 && text.length() > precision) {
                text = text.substring(0, text.offsetByCodePoints(0, Math.min(precision, text.codePointCount(0, text.length()))));
            }
            int pad = width - text.codePointCount(0, text.length());
            if (pad > 0) {
                String spaces = " ".repeat(pad);
                text = flags.indexOf("-") >= 0 ? text + spaces : spaces + text;
            }
            out.append(text);
            if (out.length() > BasicInterpolation.MAX_VALUE_LENGTH) {
                return ValueOrError.failure("formatted value is longer than " + BasicInterpolation.MAX_VALUE_LENGTH
                        + " characters; Retort stops here");
            }
        }
        return ValueOrError.of(out.toString());
    }

    private static String dictRepr(Map<String, String> args) {
        return args.entrySet().stream()
                .map(e -> PythonStrings.repr(e.getKey()) + ": " + PythonStrings.repr(e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
