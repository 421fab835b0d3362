package dev.retort.merge;

import java.util.List;

/** A Python list of template values (what {@code re.split} and {@code str.split} return). */
record PyList(List<Object> items) {
    PyList {
        items = List.copyOf(items);
    }
}
