package dev.retort.merge;

import java.util.List;

/**
 * Which alembic release's {@code merge} behaviour to reproduce, where they differ.
 */
public enum AlembicFlavor {
    /**
     * Alembic 1.7.0 - 1.9.3 (Debian's 1.8.1): the template variable {@code config} is the
     * string {@code "config"}, so templates calling {@code config.get_main_option} fail; no
     * subdirectories in {@code file_template}; timezones through python-dateutil.
     */
    ALEMBIC_1_8,
    /**
     * Current alembic (1.19): {@code config} is the Config object, {@code file_template} may
     * contain {@code /} (1.18), {@code :} is illegal in revision ids (1.17.1), timezones through
     * {@code zoneinfo}.
     */
    LATEST;

    /** Whether templates get a real Config object (1.9.4+) rather than the string {@code "config"}. */
    public boolean passesConfigObject() {
        return this == LATEST;
    }

    /** Whether a {@code /} in {@code file_template} creates subdirectories (1.18.0+). */
    public boolean allowsSubdirectories() {
        return this == LATEST;
    }

    /** {@code _revision_illegal_chars}. */
    public List<Character> illegalRevisionCharacters() {
        return this == LATEST ? List.of('@', '-', '+', ':') : List.of('@', '-', '+');
    }
}
