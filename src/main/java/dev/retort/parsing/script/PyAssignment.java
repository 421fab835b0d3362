package dev.retort.parsing.script;

import java.util.Objects;

/**
 * The effective (last) module-level binding of a name.
 *
 * @param value what was assigned
 * @param line 1-based line of the assigned name
 */
public record PyAssignment(PyValue value, int line) {
    public PyAssignment {
        Objects.requireNonNull(value, "value");
    }
}
