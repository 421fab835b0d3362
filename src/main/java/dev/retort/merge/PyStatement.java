package dev.retort.merge;

/** A statement allowed in {@code <% %>} and {@code <%! %>} blocks. */
sealed interface PyStatement {
    /** {@code import re}: the only module templates get. */
    record ImportRe() implements PyStatement {
    }

    /** {@code name = value}. */
    record Assign(String name, PyExpr value) implements PyStatement {
    }

    record Pass() implements PyStatement {
    }
}
