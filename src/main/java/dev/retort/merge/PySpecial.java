package dev.retort.merge;

/** Python's {@code None} and Mako's {@code UNDEFINED} (what an unknown template name evaluates to). */
enum PySpecial {
    NONE,
    UNDEFINED
}
