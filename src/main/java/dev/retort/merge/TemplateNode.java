package dev.retort.merge;

import java.util.List;

/** The compiled template: text, expressions, if/for blocks and code blocks, nested. */
sealed interface TemplateNode {
    record TextOut(String text) implements TemplateNode {
    }

    /**
     * {@code ${expr | filters}}.
     *
     * @param filters filter expressions applied in order after the default {@code str}, unless
     *        {@code noDefault} ({@code n} was listed); {@code trim} is {@link #TRIM}
     */
    record ExprOut(PyExpr expr, List<PyExpr> filters, boolean noDefault, int line) implements TemplateNode {
    }

    /** The marker Mako's {@code trim} filter compiles to. */
    PyExpr TRIM = new PyExpr.Name("<trim>");

    record Branch(PyExpr condition, List<TemplateNode> body, int line) {
    }

    /** {@code % if} / {@code % elif} / {@code % else}; the else branch has a null condition. */
    record IfBlock(List<Branch> branches) implements TemplateNode {
    }

    record ForBlock(String variable, PyExpr iterable, List<TemplateNode> body, int line) implements TemplateNode {
    }

    record CodeBlock(List<PyStatement> statements, int line) implements TemplateNode {
    }
}
