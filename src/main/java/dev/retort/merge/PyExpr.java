package dev.retort.merge;

import java.util.List;

/** An expression of the supported Python subset. */
sealed interface PyExpr {
    /** A literal: str, int, bool or None. */
    record Const(Object value) implements PyExpr {
    }

    record Name(String id) implements PyExpr {
    }

    record Attribute(PyExpr target, String name) implements PyExpr {
    }

    record Call(PyExpr function, List<PyExpr> args, List<Keyword> keywords) implements PyExpr {
    }

    record Keyword(String name, PyExpr value) {
    }

    record Subscript(PyExpr target, PyExpr index) implements PyExpr {
    }

    /** {@code body if test else orElse}. */
    record Conditional(PyExpr test, PyExpr body, PyExpr orElse) implements PyExpr {
    }

    /** {@code a and b and ...} or {@code a or b or ...}. */
    record BoolOp(boolean isAnd, List<PyExpr> values) implements PyExpr {
    }

    record Not(PyExpr operand) implements PyExpr {
    }

    /** {@code -x} or {@code +x}. */
    record Unary(String op, PyExpr operand) implements PyExpr {
    }

    /** A comparison chain {@code a < b == c}; ops are {@code == != < > <= >= in notin is isnot}. */
    record Compare(PyExpr left, List<String> ops, List<PyExpr> rights) implements PyExpr {
    }

    /** {@code + - * %}. */
    record BinOp(String op, PyExpr left, PyExpr right) implements PyExpr {
    }

    record TupleExpr(List<PyExpr> items) implements PyExpr {
    }

    record ListExpr(List<PyExpr> items) implements PyExpr {
    }
}
