package dev.retort.parsing.config;

import java.util.Objects;

/**
 * A computed string, or the text of the Python exception alembic would have raised instead.
 *
 * @param value the value, null on failure
 * @param error the failure text, null on success
 */
record ValueOrError(String value, String error) {

    ValueOrError {
        if ((value == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of value and error");
        }
    }

    static ValueOrError of(String value) {
        return new ValueOrError(Objects.requireNonNull(value), null);
    }

    static ValueOrError failure(String error) {
        return new ValueOrError(null, Objects.requireNonNull(error));
    }

    boolean ok() {
        return error == null;
    }
}
