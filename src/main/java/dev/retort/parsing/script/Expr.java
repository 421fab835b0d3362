package dev.retort.parsing.script;

import java.util.List;

/** The little the statement parser needs to know about an expression. */
sealed interface Expr {

    /** A literal (or a tuple/list display of literals). */
    record Literal(PyValue value) implements Expr {
    }

    /** A bare identifier. {@code variable} is the {@link ModuleVariable} ordinal or -1. */
    record Name(String text, int variable, int line) implements Expr {
    }

    /** A tuple or list display with at least one non-literal item. */
    record Display(PyValue.SeqKind kind, List<Expr> items) implements Expr {
    }

    /** {@code *x}. */
    record Starred(Expr inner) implements Expr {
    }

    /**
     * Anything else. {@code baseVariable} is set when the expression starts with one of the
     * tracked names followed by {@code .} or {@code [}, which may modify a list in place.
     */
    record Opaque(String reason, int baseVariable, int line) implements Expr {
    }

    /** The value this expression evaluates to, as far as it is static. */
    static PyValue valueOf(Expr e) {
        if (e instanceof Literal l) {
            return l.value();
        }
        if (e instanceof Name n) {
            return new PyValue.PyComputed("the name `" + n.text() + "`");
        }
        if (e instanceof Display d) {
            for (Expr item : d.items()) {
                PyValue v = valueOf(item);
                if (v instanceof PyValue.PyComputed) {
                    return v;
                }
            }
            throw new IllegalStateException("a display of literals is a Literal");
        }
        if (e instanceof Starred) {
            return new PyValue.PyComputed("a starred expression");
        }
        return new PyValue.PyComputed(((Opaque) e).reason());
    }

    /** A tuple or list: a literal when every item is one. */
    static Expr display(PyValue.SeqKind kind, List<Expr> items) {
        java.util.ArrayList<PyValue> values = new java.util.ArrayList<>(items.size());
        for (Expr item : items) {
            if (!(item instanceof Literal l)) {
                return new Display(kind, items);
            }
            values.add(l.value());
        }
        return new Literal(new PyValue.PySeq(kind, values));
    }
}
