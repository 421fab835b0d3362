package dev.retort.parsing.config;

import dev.retort.model.python.PythonStrings;
import dev.retort.model.diagnostics.Diagnostic;
import dev.retort.model.diagnostics.DiagnosticCode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Splitting of {@code version_locations} and {@code prepend_sys_path} ini values.
 *
 * <p>alembic 1.8.1: {@code version_path_separator} chooses the separator for
 * version_locations (none: the legacy {@code , *|(?: +)} split that keeps empty items);
 * prepend_sys_path always uses the legacy split plus {@code :}. alembic 1.16+ adds
 * {@code path_separator} (for both lists, taking precedence) and {@code newline}, and strips
 * each item. An unknown separator is alembic's ValueError, raised only when the list is set.
 */
final class PathLists {

    private PathLists() {
    }

    /**
     * Splits a non-empty ini list value.
     *
     * @param option {@code version_locations} or {@code prepend_sys_path}
     * @param value the interpolated value
     */
    static List<String> split(OptionSource src, String option, String value) {
        boolean versions = option.equals("version_locations");
        Pattern legacy = versions ? Locations.SPLIT_ON_SPACE_COMMA : Locations.SPLIT_ON_SPACE_COMMA_COLON;
        String key;
        if (src.iniHas("path_separator")) {
            key = "path_separator";
        } else if (versions && src.iniHas("version_path_separator")) {
            key = "version_path_separator";
        } else {
            return Locations.legacySplit(legacy, value);
        }
        Optional<String> setting = src.ini(key);
        if (setting.isEmpty()) {
            return Locations.legacySplit(legacy, value);
        }
        boolean newest = key.equals("path_separator");
        Optional<String> sep = Locations.separator(setting.get());
        if (sep.isPresent() && !newest && setting.get().equals("newline")) {
            src.note(key, Diagnostic.warning(DiagnosticCode.CONFIG_VERSION_DEPENDENT, "alembic before 1.16 rejects this: "
                    + invalidVersionPathSeparator(setting.get())));
        }
        if (sep.isEmpty()) {
            src.fail(key, DiagnosticCode.CONFIG_BAD_VALUE, newest
                    ? "'" + setting.get() + "' is not a valid value for path_separator; "
                            + "expected 'space', 'newline', 'os', ':', ';'"
                    : invalidVersionPathSeparator(setting.get()));
            sep = intendedSeparator(setting.get());
            if (sep.isEmpty()) {
                return Locations.legacySplit(legacy, value);
            }
        }
        List<String> items = Locations.splitOn(value, sep.get(), newest);
        if (!newest && !items.equals(Locations.splitOn(value, sep.get(), true))) {
            src.note(option, Diagnostic.warning(DiagnosticCode.CONFIG_VERSION_DEPENDENT, "whitespace around the "
                    + option + " items is kept by alembic 1.8.1 but stripped by alembic 1.16+: " + items));
        }
        return items;
    }

    /** 1.8.1's ValueError text (two spaces and all). */
    static String invalidVersionPathSeparator(String setting) {
        return "'" + setting + "' is not a valid value for version_path_separator; expected 'space', 'os', ':', ';'";
    }

    /**
     * The separator the user evidently meant when the value is a valid one followed by an
     * inline comment (the {@code os  # Use os.pathsep...} line of alembic's 1.7.6-1.14.0
     * templates), so the rest of the project can still be shown after the error.
     */
    private static Optional<String> intendedSeparator(String setting) {
        int hash = setting.indexOf('#');
        return hash < 0 ? Optional.empty() : Locations.separator(PythonStrings.strip(setting.substring(0, hash)));
    }
}
