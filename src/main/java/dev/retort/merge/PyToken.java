package dev.retort.merge;

/** A token of the Python subset: kind, source text, and the decoded value of literals. */
record PyToken(Kind kind, String text, Object value) {
    enum Kind { NAME, NUMBER, STRING, OP, NEWLINE, END }

    boolean is(Kind k, String t) {
        return kind == k && text.equals(t);
    }

    boolean isOp(String t) {
        return is(Kind.OP, t);
    }

    boolean isKeyword(String t) {
        return is(Kind.NAME, t);
    }
}
