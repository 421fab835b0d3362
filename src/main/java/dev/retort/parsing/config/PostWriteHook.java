package dev.retort.parsing.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One post-write hook alembic runs on each new revision file (for example {@code black}).
 *
 * @param name the hook name ({@code hooks = black} in the ini, {@code name = "black"} in TOML)
 * @param options its options without the {@code name.} prefix ({@code type}, {@code entrypoint},
 *     {@code options}, ...), interpolated, in file order
 */
public record PostWriteHook(String name, Map<String, String> options) {

    public PostWriteHook {
        Objects.requireNonNull(name, "name");
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }
}
