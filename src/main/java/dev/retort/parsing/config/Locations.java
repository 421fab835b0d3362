package dev.retort.parsing.config;

import dev.retort.model.python.PythonStrings;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Path-list splitting and path resolution as alembic does them. */
final class Locations {

    /** {@code _split_on_space_comma} in alembic/script/base.py. */
    static final Pattern SPLIT_ON_SPACE_COMMA = Pattern.compile(", *|(?: +)");

    /** {@code _split_on_space_comma_colon}, used for prepend_sys_path without a path_separator. */
    static final Pattern SPLIT_ON_SPACE_COMMA_COLON = Pattern.compile(", *|(?: +)|:");

    private Locations() {
    }

    /** {@code pattern.split(value)}: Python keeps empty items, including trailing ones. */
    static List<String> legacySplit(Pattern pattern, String value) {
        return Arrays.asList(pattern.split(value, -1));
    }

    /**
     * The character a separator setting stands for: {@code space}, {@code os}, {@code :},
     * {@code ;} and (alembic 1.16+) {@code newline}; empty for anything else.
     */
    static Optional<String> separator(String setting) {
        switch (setting) {
            case "space":
                return Optional.of(" ");
            case "newline":
                return Optional.of("\n");
            case "os":
                return Optional.of(File.pathSeparator);
            case ":":
            case ";":
                return Optional.of(setting);
            default:
                return Optional.empty();
        }
    }

    /** {@code [x for x in value.split(sep) if x]}, each item stripped if {@code strip} (1.16+). */
    static List<String> splitOn(String value, String sep, boolean strip) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (true) {
            int i = value.indexOf(sep, start);
            String item = value.substring(start, i < 0 ? value.length() : i);
            if (!item.isEmpty()) {
                out.add(strip ? PythonStrings.strip(item) : item);
            }
            if (i < 0) {
                return out;
            }
            start = i + sep.length();
        }
    }

    /** {@code os.path.abspath(value)} with {@code workingDirectory} as the current directory. */
    static Optional<Path> abspath(Path workingDirectory, String value) {
        try {
            return Optional.of(workingDirectory.resolve(value).normalize());
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code coerce_resource_to_filename}'s test: a value that is not an absolute path and
     * contains {@code :} names a package resource ({@code package:path}).
     */
    static boolean isPackageResource(String value) {
        if (value.indexOf(':') < 0) {
            return false;
        }
        try {
            return !Path.of(value).isAbsolute();
        } catch (InvalidPathException e) {
            return true;
        }
    }

    /**
     * Resolves {@code pkg.sub:dir:more} without Python: the first root holding the package as a
     * folder ({@code pkg/sub}) wins, then each further token is joined on, like
     * {@code importlib.resources.files(pkg) / dir / more}.
     *
     * @param roots the import path to search, in order
     * @return the resource path, or empty when no root holds the package folder
     */
    static Optional<Path> resolvePackageResource(String value, List<Path> roots) {
        String[] tokens = value.split(":", -1);
        String pkg = tokens[0];
        if (pkg.isEmpty() || pkg.startsWith(".") || pkg.endsWith(".") || pkg.contains("..")) {
            return Optional.empty();
        }
        try {
            for (Path root : roots) {
                Path dir = root.resolve(pkg.replace('.', '/'));
                if (Files.isDirectory(dir)) {
                    for (int i = 1; i < tokens.length; i++) {
                        dir = dir.resolve(tokens[i]);
                    }
                    return Optional.of(dir.normalize());
                }
            }
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
