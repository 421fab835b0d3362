package dev.retort.db;

import java.util.Arrays;
import java.util.Optional;

/**
 * A password held as a {@code char[]}, so it can be wiped and never ends up in a
 * {@code toString}, a log line or an exception message by accident.
 *
 * <p>{@link #toString()} never shows the characters; {@link #equals} is identity so a secret is
 * never compared in a way that might leak timing or end up in assertion messages.
 */
public final class Secret implements AutoCloseable {
    private static final Secret NONE = new Secret(new char[0]);

    private char[] chars;

    private Secret(char[] chars) {
        this.chars = chars;
    }

    /** Takes a copy of the characters; the caller should wipe its own array. */
    public static Secret of(char[] chars) {
        return new Secret(chars.clone());
    }

    /**
     * From a string (a URL's password, a test value). Strings cannot be wiped, so prefer
     * {@link #of(char[])} where the text comes from a password field.
     */
    public static Secret of(String text) {
        return new Secret(text.toCharArray());
    }

    /** The empty secret: no password. */
    public static Secret none() {
        return NONE;
    }

    /** True for an empty password (libpq treats an empty password like none at all). */
    public boolean isEmpty() {
        return chars.length == 0;
    }

    /** A copy of the characters; wipe it with {@code Arrays.fill(copy, '\0')} after use. */
    public char[] reveal() {
        return chars.clone();
    }

    /**
     * The password as a string, for the one place that must have it: the JDBC properties
     * handed to the driver. Package-private so that nothing outside {@code db} can print it.
     */
    String revealForDriver() {
        return new String(chars);
    }

    /** True when {@code text} contains this secret (used to scrub driver messages). */
    boolean occursIn(String text) {
        return chars.length > 0 && text != null && text.contains(new String(chars));
    }

    /** Replaces every occurrence of this secret in {@code text} with {@code ***}. */
    String scrub(String text) {
        if (!occursIn(text)) {
            return text;
        }
        return text.replace(new String(chars), "***");
    }

    /** Wipes the characters; the secret is empty afterwards. */
    public void clear() {
        if (this != NONE) {
            Arrays.fill(chars, '\0');
            chars = new char[0];
        }
    }

    @Override
    public void close() {
        clear();
    }

    /** {@code Optional.empty()} for an empty secret. */
    public Optional<Secret> nonEmpty() {
        return isEmpty() ? Optional.empty() : Optional.of(this);
    }

    @Override
    public String toString() {
        return isEmpty() ? "Secret[none]" : "Secret[***]";
    }
}
