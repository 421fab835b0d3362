package dev.retort.merge;

/** One piece of a lexed Mako template, in source order (control lines not yet nested). */
sealed interface MakoNode {
    /** 1-based template line where the node starts. */
    int line();

    /** Literal text, emitted as is. */
    record Text(String text, int line) implements MakoNode {
    }

    /** {@code ${code | filters}}: the raw Python text and the raw filter list. */
    record Expression(String code, String filters, int line) implements MakoNode {
    }

    /** {@code % keyword ...} (the text after {@code %}, e.g. {@code if x:}) or {@code % endkeyword}. */
    record ControlLine(String keyword, boolean isEnd, String text, int line) implements MakoNode {
    }

    /** {@code <% code %>} or, when {@code module}, {@code <%! code %>}. */
    record Code(String code, boolean module, int line) implements MakoNode {
    }

    /** A {@code <%tag>} Retort does not render ({@code def}, {@code include}, {@code inherit}, ...). */
    record Tag(String keyword, int line) implements MakoNode {
    }
}
