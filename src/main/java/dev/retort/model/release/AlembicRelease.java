package dev.retort.model.release;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An alembic release, for the few behaviours that differ between releases (reference,
 * "Behaviour that changed between 1.8.1 and 1.19.1").
 *
 * @param major major version
 * @param minor minor version
 * @param patch patch version
 */
public record AlembicRelease(int major, int minor, int patch) implements Comparable<AlembicRelease> {
    /** What Retort assumes when it does not know: the newest behaviour. */
    public static final AlembicRelease LATEST = new AlembicRelease(1, 19, 1);
    /** Debian 12's {@code python3-alembic}. */
    public static final AlembicRelease DEBIAN_BOOKWORM = new AlembicRelease(1, 8, 1);

    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)(?:\\.(\\d+))?");

    /** Reads {@code 1.8.1}, {@code alembic 1.13.2} (the {@code --version} output), {@code 1.10}. */
    public static Optional<AlembicRelease> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = VERSION.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new AlembicRelease(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                m.group(3) == null ? 0 : Integer.parseInt(m.group(3))));
    }

    public boolean atLeast(int maj, int min, int pat) {
        return compareTo(new AlembicRelease(maj, min, pat)) >= 0;
    }

    /** 1.10 and later list revision files sorted by name; older ones in raw directory order. */
    public boolean listsFilesSorted() {
        return atLeast(1, 10, 0);
    }

    /** 1.9.4 fixed the merge command's {@code config} template variable (a string before). */
    public boolean passesConfigToMergeTemplates() {
        return atLeast(1, 9, 4);
    }

    @Override
    public int compareTo(AlembicRelease o) {
        int c = Integer.compare(major, o.major);
        if (c == 0) {
            c = Integer.compare(minor, o.minor);
        }
        return c == 0 ? Integer.compare(patch, o.patch) : c;
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch;
    }
}
