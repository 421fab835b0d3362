package dev.retort.parsing.config;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** Names for TOML values as Python's {@code tomllib} types them, for error texts. */
final class TomlValues {

    private TomlValues() {
    }

    /** The Python type name of a parsed TOML value: {@code str}, {@code int}, {@code list}... */
    static String typeName(Object value) {
        if (value instanceof String) {
            return "str";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        if (value instanceof Long || value instanceof BigInteger) {
            return "int";
        }
        if (value instanceof Double) {
            return "float";
        }
        if (value instanceof List) {
            return "list";
        }
        if (value instanceof Map) {
            return "dict";
        }
        if (value instanceof TomlParser.DateTime) {
            return "datetime";
        }
        return String.valueOf(value);
    }
}
