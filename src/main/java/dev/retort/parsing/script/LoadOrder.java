package dev.retort.parsing.script;

/** The order alembic lists revision files in, which decides every tie in its revision map. */
public enum LoadOrder {
    /**
     * alembic &gt;= 1.10: {@code os.walk} with the file names of each directory sorted by code
     * point, then subdirectories sorted (when recursive). The default.
     */
    SORTED,
    /**
     * alembic 1.8.x: {@code os.listdir} order, unsorted, exactly as the file system's
     * {@code readdir} returns it (which is what {@link java.io.File#list()} returns too).
     */
    DIRECTORY
}
