package dev.retort.merge;

/**
 * A template value with attributes (the config object, Mako's context, the {@code re}
 * module, a datetime). Strings, ints, tuples and None are plain Java values instead.
 */
interface PyObject {
    /** Python's {@code type(x).__name__}, used in error texts. */
    String typeName();

    /** {@code x.name}; a Python {@code AttributeError} when Python has no such attribute. */
    Object attribute(String name) throws PyError, UnsupportedConstruct;

    /** {@code str(x)}. */
    String str() throws PyError, UnsupportedConstruct;

    /** {@code repr(x)}. */
    String repr() throws PyError, UnsupportedConstruct;
}
