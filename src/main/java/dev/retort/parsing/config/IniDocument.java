package dev.retort.parsing.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The raw (not yet interpolated) contents of an ini file, as Python's
 * {@code configparser.ConfigParser} holds them after {@code read()}.
 *
 * <p>{@code [DEFAULT]} is not a section: {@link #hasSection} is false for it, exactly like
 * {@code ConfigParser.has_section}, and its keys show through in every section.
 */
final class IniDocument {

    /** configparser's {@code default_section}. */
    static final String DEFAULT_SECTION = "DEFAULT";

    private final Path file;
    private final String sourceName;
    private final Map<String, String> defaults;
    private final Map<String, Map<String, String>> sections;
    private final Map<String, Map<String, Integer>> lines;
    private final Map<String, Integer> sectionLines;

    IniDocument(Path file, String sourceName, Map<String, String> defaults,
            Map<String, Map<String, String>> sections, Map<String, Map<String, Integer>> lines,
            Map<String, Integer> sectionLines) {
        this.file = file;
        this.sourceName = sourceName;
        this.defaults = Collections.unmodifiableMap(new LinkedHashMap<>(defaults));
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        sections.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        this.sections = Collections.unmodifiableMap(copy);
        this.lines = lines;
        this.sectionLines = sectionLines;
    }

    /** The file read (absolute). */
    Path file() {
        return file;
    }

    /** The file name as alembic was given it, used in Python's error texts. */
    String sourceName() {
        return sourceName;
    }

    /** {@code ConfigParser.has_section}: never true for {@code DEFAULT}. */
    boolean hasSection(String section) {
        return sections.containsKey(section);
    }

    /** Section names in file order, without {@code DEFAULT}. */
    List<String> sectionNames() {
        return new ArrayList<>(sections.keySet());
    }

    /** {@code ConfigParser.has_option}: the section or DEFAULT holds the (already lower-cased) key. */
    boolean hasOption(String section, String option) {
        if (section.isEmpty() || section.equals(DEFAULT_SECTION)) {
            return defaults.containsKey(option);
        }
        Map<String, String> values = sections.get(section);
        return values != null && (values.containsKey(option) || defaults.containsKey(option));
    }

    /** The raw value: the section's own, else DEFAULT's ({@code get(..., raw=True)}). */
    Optional<String> raw(String section, String option) {
        Map<String, String> values = sections.get(section);
        if (values != null && values.containsKey(option)) {
            return Optional.of(values.get(option));
        }
        return Optional.ofNullable(defaults.get(option));
    }

    /** Keys in {@code ConfigParser.items(section)} order: DEFAULT's first, then the section's new ones. */
    List<String> keys(String section) {
        Set<String> keys = new LinkedHashSet<>(defaults.keySet());
        Map<String, String> values = sections.get(section);
        if (values != null) {
            keys.addAll(values.keySet());
        }
        return new ArrayList<>(keys);
    }

    /** 1-based line where the key is defined (section first, then DEFAULT), 0 when unknown. */
    int lineOf(String section, String option) {
        Map<String, String> values = sections.get(section);
        String where = values != null && values.containsKey(option) ? section : DEFAULT_SECTION;
        return lines.getOrDefault(where, Map.of()).getOrDefault(option, 0);
    }

    /** 1-based line of the (first) section header, 0 when unknown. */
    int lineOfSection(String section) {
        return sectionLines.getOrDefault(section, 0);
    }
}
