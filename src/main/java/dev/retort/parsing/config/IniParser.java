package dev.retort.parsing.config;

import dev.retort.model.python.PythonStrings;
import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.diagnostics.DiagnosticCode;
import dev.retort.model.diagnostics.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads ini text the way Python 3.11's {@code configparser.ConfigParser._read} does with
 * alembic's settings: {@code strict=True}, {@code allow_no_value=False},
 * {@code empty_lines_in_values=True}, delimiters {@code =} and {@code :}, full-line comment
 * prefixes {@code #} and {@code ;} and no inline comments.
 *
 * <p>Where Python raises (missing section header, duplicate section or option, lines
 * without a delimiter) this reports an error diagnostic with Python's own text and carries
 * on the way a non-strict parser would (a repeated key's later value wins), so the rest of
 * the file can still be shown.
 */
final class IniParser {

    /** A value under construction: the lines of a (possibly continued) value, or a preset default. */
    private static final class Entry {
        final List<String> parts;
        final String preset;

        Entry(List<String> parts, String preset) {
            this.parts = parts;
            this.preset = preset;
        }
    }

    /** The parse outcome: the document and Python's errors as diagnostics. */
    record Result(IniDocument document, List<Diagnostic> diagnostics) {
    }

    private final Path file;
    private final String sourceName;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<String, Entry> defaults = new LinkedHashMap<>();
    private final Map<String, Map<String, Entry>> sections = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> lines = new LinkedHashMap<>();
    private final Map<String, Integer> sectionLines = new LinkedHashMap<>();

    private IniParser(Path file, String sourceName) {
        this.file = file;
        this.sourceName = sourceName;
    }

    /**
     * Parses {@code text}.
     *
     * @param text the decoded file contents
     * @param file the file, for diagnostic locations
     * @param sourceName the name as given to {@code read()}, quoted in Python's error texts
     * @param presetDefaults constructor defaults ({@code {"here": ...}}), which file values override
     */
    static Result parse(String text, Path file, String sourceName, Map<String, String> presetDefaults) {
        IniParser parser = new IniParser(file, sourceName);
        presetDefaults.forEach((k, v) -> parser.defaults.put(PythonStrings.lower(k), new Entry(null, v)));
        parser.read(splitLines(text));
        return new Result(parser.document(), List.copyOf(parser.diagnostics));
    }

    /** Python text-mode line iteration: universal newlines become {@code \n} and stay on the line. */
    static List<String> splitLines(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                out.add(line.append('\n').toString());
                line.setLength(0);
            } else {
                line.append(c);
            }
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }

    private void read(List<String> fileLines) {
        Map<String, Entry> cursect = null;
        String sectname = null;
        String optname = null;
        int indentLevel = 0;
        boolean missingHeaderReported = false;
        Set<String> sectionsAdded = new HashSet<>();
        Set<List<String>> optionsAdded = new HashSet<>();
        int lineno = 0;
        for (String line : fileLines) {
            lineno++;
            String stripped = PythonStrings.strip(line);
            // Only whole-line comments exist: "key = os  # note" keeps "# note" in the value.
            boolean comment = stripped.startsWith("#") || stripped.startsWith(";");
            String value = comment ? "" : stripped;
            if (value.isEmpty()) {
                // empty_lines_in_values=True: a blank line may belong to a continued value
                if (!comment && cursect != null && optname != null && !optname.isEmpty()) {
                    Entry entry = cursect.get(optname);
                    if (entry != null && entry.parts != null) {
                        entry.parts.add("");
                    }
                }
                continue;
            }
            int curIndentLevel = Math.max(PyText.firstNonSpace(line), 0);
            if (cursect != null && optname != null && !optname.isEmpty() && curIndentLevel > indentLevel) {
                cursect.get(optname).parts.add(value);
                continue;
            }
            indentLevel = curIndentLevel;
            int close = value.lastIndexOf(']');
            if (value.startsWith("[") && close >= 2) {
                sectname = value.substring(1, close);
                if (sections.containsKey(sectname)) {
                    if (sectionsAdded.contains(sectname)) {
                        error(lineno, String.format(Locale.ROOT, "While reading from %s [line %2d]: section %s already exists",
                                PythonStrings.repr(sourceName), lineno, PythonStrings.repr(sectname)));
                    }
                    cursect = sections.get(sectname);
                    sectionsAdded.add(sectname);
                } else if (sectname.equals(IniDocument.DEFAULT_SECTION)) {
                    cursect = defaults;
                } else {
                    cursect = new LinkedHashMap<>();
                    sections.put(sectname, cursect);
                    sectionLines.put(sectname, lineno);
                    sectionsAdded.add(sectname);
                }
                optname = null;
            } else if (cursect == null) {
                if (!missingHeaderReported) {
                    error(lineno, String.format(Locale.ROOT, "File contains no section headers.\nfile: %s, line: %d\n%s",
                            PythonStrings.repr(sourceName), lineno, PythonStrings.repr(line)));
                    missingHeaderReported = true;
                }
            } else {
                int delimiter = firstDelimiter(value);
                if (delimiter < 0) {
                    parsingError(lineno, line);
                    continue;
                }
                String option = PythonStrings.rstrip(value.substring(0, delimiter));
                if (option.isEmpty()) {
                    parsingError(lineno, line);
                }
                optname = PythonStrings.lower(option);
                if (!optionsAdded.add(List.of(sectname, optname))) {
                    error(lineno, String.format(Locale.ROOT,
                            "While reading from %s [line %2d]: option %s in section %s already exists",
                            PythonStrings.repr(sourceName), lineno, PythonStrings.repr(optname), PythonStrings.repr(sectname)));
                }
                List<String> parts = new ArrayList<>();
                parts.add(PythonStrings.strip(value.substring(delimiter + 1)));
                cursect.put(optname, new Entry(parts, null));
                lines.computeIfAbsent(sectname, k -> new LinkedHashMap<>()).put(optname, lineno);
            }
        }
    }

    private static int firstDelimiter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '=' || c == ':') {
                return i;
            }
        }
        return -1;
    }

    private void parsingError(int lineno, String line) {
        error(lineno, String.format(Locale.ROOT, "Source contains parsing errors: %s\n\t[line %2d]: %s",
                PythonStrings.repr(sourceName), lineno, PythonStrings.repr(line)));
    }

    private void error(int lineno, String message) {
        diagnostics.add(Diagnostic.error(DiagnosticCode.CONFIG_SYNTAX, message).at(new SourceLocation(file, lineno)));
    }

    /** {@code _join_multiline_values}: continued lines joined with newlines, then {@code rstrip()}. */
    private IniDocument document() {
        Map<String, Map<String, String>> joined = new LinkedHashMap<>();
        sections.forEach((name, entries) -> joined.put(name, join(entries)));
        return new IniDocument(file, sourceName, join(defaults), joined, lines, sectionLines);
    }

    private static Map<String, String> join(Map<String, Entry> entries) {
        Map<String, String> out = new LinkedHashMap<>();
        entries.forEach((k, e) -> out.put(k, e.parts == null ? e.preset : PythonStrings.rstrip(String.join("\n", e.parts))));
        return out;
    }
}
