package dev.retort.parsing.config;

import dev.retort.model.python.PythonStrings;
import java.math.BigInteger;
import java.util.regex.Pattern;

/** TOML numbers and dates/times (the bare-word values other than {@code true}/{@code false}). */
final class TomlScalars {

    /**
     * A scanned value.
     *
     * @param value a {@link Long}, {@link BigInteger}, {@link Double} or {@link TomlParser.DateTime}
     * @param end offset just after it
     */
    record Scanned(Object value, int end) {
    }

    private static final Pattern DEC_INT = Pattern.compile("[+-]?(0|[1-9](_?[0-9])*)");
    private static final Pattern HEX_INT = Pattern.compile("0x[0-9A-Fa-f](_?[0-9A-Fa-f])*");
    private static final Pattern OCT_INT = Pattern.compile("0o[0-7](_?[0-7])*");
    private static final Pattern BIN_INT = Pattern.compile("0b[01](_?[01])*");
    private static final Pattern FLOAT = Pattern.compile(
            "[+-]?(0|[1-9](_?[0-9])*)((\\.[0-9](_?[0-9])*)([eE][+-]?[0-9](_?[0-9])*)?|[eE][+-]?[0-9](_?[0-9])*)");
    private static final Pattern SPECIAL_FLOAT = Pattern.compile("[+-]?(inf|nan)");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern DATE_TIME = Pattern.compile(
            "[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})?)?"
                    + "|[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?");

    private TomlScalars() {
    }

    static Scanned scan(String s, int start) throws TomlSyntaxError {
        int pos = start;
        while (pos < s.length() && isScalarChar(s.charAt(pos))) {
            pos++;
            // "1979-05-27 07:32:00": a single space may separate the date from the time
            if (pos - start == 10 && pos + 1 < s.length() && s.charAt(pos) == ' '
                    && s.charAt(pos + 1) >= '0' && s.charAt(pos + 1) <= '9'
                    && DATE.matcher(s.substring(start, pos)).matches()) {
                pos++;
            }
        }
        String token = s.substring(start, pos);
        if (token.isEmpty()) {
            String found = start < s.length() ? PythonStrings.repr(String.valueOf(s.charAt(start))) : "the end of the file";
            throw new TomlSyntaxError("expected a value, found " + found, start);
        }
        return new Scanned(classify(token, start), pos);
    }

    private static boolean isScalarChar(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || "_-+.:".indexOf(c) >= 0;
    }

    private static Object classify(String token, int start) throws TomlSyntaxError {
        String digits = token.replace("_", "");
        try {
            if (DEC_INT.matcher(token).matches()) {
                return integer(digits, 10);
            }
            if (HEX_INT.matcher(token).matches() || OCT_INT.matcher(token).matches()
                    || BIN_INT.matcher(token).matches()) {
                int radix = token.charAt(1) == 'x' ? 16 : token.charAt(1) == 'o' ? 8 : 2;
                return integer(digits.substring(2), radix);
            }
            if (FLOAT.matcher(token).matches()) {
                return Double.parseDouble(digits);
            }
        } catch (NumberFormatException e) {
            throw new TomlSyntaxError("invalid number " + PythonStrings.repr(token), start);
        }
        if (SPECIAL_FLOAT.matcher(token).matches()) {
            return token.endsWith("nan") ? Double.NaN
                    : token.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (DATE_TIME.matcher(token).matches()) {
            return new TomlParser.DateTime(token);
        }
        throw new TomlSyntaxError("invalid value " + PythonStrings.repr(token), start);
    }

    private static Object integer(String digits, int radix) {
        BigInteger big = new BigInteger(digits, radix);
        return big.bitLength() < 64 ? (Object) big.longValue() : big;
    }
}
