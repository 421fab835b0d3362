package dev.retort.merge;

import java.util.List;

/** A Python tuple of template values. */
record PyTuple(List<Object> items) {
    PyTuple {
        items = List.copyOf(items);
    }

    static PyTuple ofStrings(List<String> strings) {
        return new PyTuple(List.copyOf(strings));
    }
}
