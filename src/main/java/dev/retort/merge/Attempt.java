package dev.retort.merge;

import java.util.Objects;
import java.util.Optional;

/**
 * A value or the reason there is none. The steps of merge planning return this instead of
 * throwing, so bad input always ends in a message the user can read.
 *
 * @param <T> the value type
 * @param value the value; {@code null} exactly when {@code error} is set
 * @param error why there is no value; {@code null} on success
 */
public record Attempt<T>(T value, String error) {
    public Attempt {
        if ((value == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of value and error must be set");
        }
    }

    public static <T> Attempt<T> ok(T value) {
        return new Attempt<>(Objects.requireNonNull(value, "value"), null);
    }

    public static <T> Attempt<T> failed(String error) {
        return new Attempt<>(null, Objects.requireNonNull(error, "error"));
    }

    public boolean isOk() {
        return error == null;
    }

    /** The value, empty on failure. */
    public Optional<T> toOptional() {
        return Optional.ofNullable(value);
    }
}
