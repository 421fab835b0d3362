package dev.retort.merge;

import dev.retort.model.python.PythonStrings;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser for the Python subset templates use: names, literals, attribute
 * access, calls, subscripts, conditional expressions, {@code and/or/not}, comparisons and
 * {@code + - * %}. Anything else (lambdas, comprehensions, slices, dicts, ...) is reported as
 * unsupported, naming the construct.
 */
final class PyParser {
    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for",
            "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
            "return", "try", "while", "with", "yield");

    private final List<PyToken> tokens;
    private int index;

    private PyParser(List<PyToken> tokens) {
        this.tokens = tokens;
    }

    /** A whole expression, as in {@code ${...}}. */
    static PyExpr expression(String source) throws UnsupportedConstruct {
        PyParser p = new PyParser(PyTokenizer.tokenize(source, false));
        PyExpr expr = p.test();
        if (p.peek().isOp(",")) {
            throw new UnsupportedConstruct("a bare tuple in an expression");
        }
        p.expectEnd(source);
        return expr;
    }

    /** A comma-separated list of expressions (Mako's filter list). */
    static List<PyExpr> expressionList(String source) throws UnsupportedConstruct {
        PyParser p = new PyParser(PyTokenizer.tokenize(source, false));
        List<PyExpr> items = new ArrayList<>();
        if (p.peek().kind() == PyToken.Kind.END) {
            return items;
        }
        items.add(p.test());
        while (p.accept(",")) {
            items.add(p.test());
        }
        p.expectEnd(source);
        return items;
    }

    /** The Python header of a control line: {@code if x:}, {@code elif x:}, {@code else:}, {@code for n in x:}. */
    record ControlHeader(String keyword, String target, PyExpr expr) {
    }

    static ControlHeader controlLine(String keyword, String text) throws UnsupportedConstruct {
        PyParser p = new PyParser(PyTokenizer.tokenize(text, false));
        p.expectKeyword(keyword);
        String target = null;
        PyExpr expr = null;
        if (keyword.equals("for")) {
            target = p.identifier("loop variable");
            if (p.peek().isOp(",")) {
                throw new UnsupportedConstruct("tuple unpacking in '% for'");
            }
            p.expectKeyword("in");
            expr = p.test();
            if (p.peek().isOp(",")) {
                throw new UnsupportedConstruct("a bare tuple in '% for'");
            }
        } else if (!keyword.equals("else")) {
            expr = p.test();
        }
        if (!p.accept(":")) {
            throw new UnsupportedConstruct("control line without ':' ('% " + text.strip() + "')");
        }
        p.expectEnd(text);
        return new ControlHeader(keyword, target, expr);
    }

    /** The statements of a {@code <% %>} block: {@code import re}, {@code name = expr}, {@code pass}. */
    static List<PyStatement> statements(String source) throws UnsupportedConstruct {
        PyParser p = new PyParser(PyTokenizer.tokenize(source, true));
        List<PyStatement> out = new ArrayList<>();
        while (p.peek().kind() != PyToken.Kind.END) {
            if (p.peek().kind() == PyToken.Kind.NEWLINE) {
                p.index++;
                continue;
            }
            if (p.accept(";")) {
                continue;
            }
            out.add(p.statement());
            if (!(p.peek().kind() == PyToken.Kind.NEWLINE || p.peek().kind() == PyToken.Kind.END
                    || p.peek().isOp(";"))) {
                throw new UnsupportedConstruct("statement " + PythonStrings.repr(source.strip()));
            }
        }
        return out;
    }

    private PyStatement statement() throws UnsupportedConstruct {
        PyToken first = peek();
        if (first.isKeyword("import")) {
            index++;
            String module = identifier("module name");
            if (!module.equals("re") || peek().isOp(".") || peek().isKeyword("as") || peek().isOp(",")) {
                throw new UnsupportedConstruct("import of " + module);
            }
            return new PyStatement.ImportRe();
        }
        if (first.isKeyword("pass")) {
            index++;
            return new PyStatement.Pass();
        }
        if (first.kind() == PyToken.Kind.NAME && !KEYWORDS.contains(first.text())
                && tokens.get(index + 1).isOp("=")) {
            index += 2;
            PyExpr value = test();
            if (peek().isOp(",") || peek().isOp("=")) {
                throw new UnsupportedConstruct("tuple or chained assignment");
            }
            return new PyStatement.Assign(first.text(), value);
        }
        throw new UnsupportedConstruct("Python statement starting with " + PythonStrings.repr(first.text()));
    }

    private PyExpr test() throws UnsupportedConstruct {
        if (peek().isKeyword("lambda")) {
            throw new UnsupportedConstruct("lambda");
        }
        PyExpr body = orTest();
        if (peek().isKeyword("if")) {
            index++;
            PyExpr cond = orTest();
            expectKeyword("else");
            PyExpr orElse = test();
            return new PyExpr.Conditional(cond, body, orElse);
        }
        return body;
    }

    private PyExpr orTest() throws UnsupportedConstruct {
        return boolChain("or");
    }

    private PyExpr boolChain(String op) throws UnsupportedConstruct {
        List<PyExpr> values = new ArrayList<>();
        values.add(op.equals("or") ? boolChain("and") : notTest());
        while (peek().isKeyword(op)) {
            index++;
            values.add(op.equals("or") ? boolChain("and") : notTest());
        }
        return values.size() == 1 ? values.get(0) : new PyExpr.BoolOp(op.equals("and"), values);
    }

    private PyExpr notTest() throws UnsupportedConstruct {
        if (peek().isKeyword("not")) {
            index++;
            return new PyExpr.Not(notTest());
        }
        return comparison();
    }

    private PyExpr comparison() throws UnsupportedConstruct {
        PyExpr left = arith();
        List<String> ops = new ArrayList<>();
        List<PyExpr> rights = new ArrayList<>();
        while (true) {
            PyToken t = peek();
            String op = null;
            if (t.kind() == PyToken.Kind.OP && Set.of("==", "!=", "<", ">", "<=", ">=").contains(t.text())) {
                op = t.text();
                index++;
            } else if (t.isKeyword("in")) {
                op = "in";
                index++;
            } else if (t.isKeyword("not") && tokens.get(index + 1).isKeyword("in")) {
                op = "notin";
                index += 2;
            } else if (t.isKeyword("is")) {
                index++;
                op = accept("not") ? "isnot" : "is";
            }
            if (op == null) {
                break;
            }
            ops.add(op);
            rights.add(arith());
        }
        return ops.isEmpty() ? left : new PyExpr.Compare(left, ops, rights);
    }

    private PyExpr arith() throws UnsupportedConstruct {
        PyExpr left = term();
        while (peek().isOp("+") || peek().isOp("-")) {
            String op = tokens.get(index++).text();
            left = new PyExpr.BinOp(op, left, term());
        }
        return left;
    }

    private PyExpr term() throws UnsupportedConstruct {
        PyExpr left = factor();
        while (true) {
            PyToken t = peek();
            if (t.isOp("*") || t.isOp("%")) {
                index++;
                left = new PyExpr.BinOp(t.text(), left, factor());
            } else if (t.isOp("/") || t.isOp("//") || t.isOp("@") || t.isOp("|") || t.isOp("&") || t.isOp("^")
                    || t.isOp("<<") || t.isOp(">>")) {
                throw new UnsupportedConstruct("operator " + t.text());
            } else {
                return left;
            }
        }
    }

    private PyExpr factor() throws UnsupportedConstruct {
        PyToken t = peek();
        if (t.isOp("-") || t.isOp("+")) {
            index++;
            return new PyExpr.Unary(t.text(), factor());
        }
        if (t.isOp("~")) {
            throw new UnsupportedConstruct("operator ~");
        }
        PyExpr expr = atom();
        while (true) {
            if (accept(".")) {
                expr = new PyExpr.Attribute(expr, identifier("attribute name"));
            } else if (accept("(")) {
                expr = call(expr);
            } else if (accept("[")) {
                PyExpr idx = test();
                if (peek().isOp(":") || peek().isOp(",")) {
                    throw new UnsupportedConstruct("slices");
                }
                expect("]");
                expr = new PyExpr.Subscript(expr, idx);
            } else if (peek().isOp("**")) {
                throw new UnsupportedConstruct("operator **");
            } else {
                return expr;
            }
        }
    }

    private PyExpr call(PyExpr function) throws UnsupportedConstruct {
        List<PyExpr> args = new ArrayList<>();
        List<PyExpr.Keyword> keywords = new ArrayList<>();
        while (!accept(")")) {
            if (peek().isOp("*") || peek().isOp("**")) {
                throw new UnsupportedConstruct("*args or **kwargs in a call");
            }
            if (peek().kind() == PyToken.Kind.NAME && tokens.get(index + 1).isOp("=")) {
                String name = tokens.get(index).text();
                index += 2;
                keywords.add(new PyExpr.Keyword(name, test()));
            } else {
                args.add(test());
            }
            if (peek().isKeyword("for")) {
                throw new UnsupportedConstruct("generator expression");
            }
            if (!accept(",")) {
                expect(")");
                break;
            }
        }
        return new PyExpr.Call(function, args, keywords);
    }

    private PyExpr atom() throws UnsupportedConstruct {
        PyToken t = tokens.get(index++);
        switch (t.kind()) {
            case NUMBER:
                return new PyExpr.Const(t.value());
            case STRING:
                StringBuilder joined = new StringBuilder((String) t.value());
                while (peek().kind() == PyToken.Kind.STRING) {
                    joined.append((String) tokens.get(index++).value());
                }
                return new PyExpr.Const(joined.toString());
            case NAME:
                return switch (t.text()) {
                    case "None" -> new PyExpr.Const(PySpecial.NONE);
                    case "True" -> new PyExpr.Const(Boolean.TRUE);
                    case "False" -> new PyExpr.Const(Boolean.FALSE);
                    default -> {
                        if (KEYWORDS.contains(t.text())) {
                            throw new UnsupportedConstruct("Python keyword '" + t.text() + "' here");
                        }
                        yield new PyExpr.Name(t.text());
                    }
                };
            case OP:
                if (t.text().equals("(") || t.text().equals("[")) {
                    return sequence(t.text().equals("(") ? ")" : "]");
                }
                if (t.text().equals("{")) {
                    throw new UnsupportedConstruct("dict or set display");
                }
                throw new UnsupportedConstruct("operator " + PythonStrings.repr(t.text()) + " here");
            default:
                throw new UnsupportedConstruct("incomplete Python expression");
        }
    }

    /** {@code (a)}, {@code (a,)}, {@code (a, b)}, {@code ()}, {@code [a, b]}. */
    private PyExpr sequence(String close) throws UnsupportedConstruct {
        List<PyExpr> items = new ArrayList<>();
        boolean sawComma = false;
        while (!accept(close)) {
            items.add(test());
            if (peek().isKeyword("for")) {
                throw new UnsupportedConstruct("comprehension");
            }
            if (accept(",")) {
                sawComma = true;
            } else {
                expect(close);
                break;
            }
        }
        if (close.equals("]")) {
            return new PyExpr.ListExpr(items);
        }
        return items.size() == 1 && !sawComma ? items.get(0) : new PyExpr.TupleExpr(items);
    }

    private PyToken peek() {
        return tokens.get(index);
    }

    private boolean accept(String op) {
        PyToken t = peek();
        if (t.isOp(op) || t.isKeyword(op)) {
            index++;
            return true;
        }
        return false;
    }

    private void expect(String op) throws UnsupportedConstruct {
        if (!accept(op)) {
            throw new UnsupportedConstruct("Python syntax: expected '" + op + "' but found "
                    + (peek().kind() == PyToken.Kind.END ? "the end" : PythonStrings.repr(peek().text())));
        }
    }

    private void expectKeyword(String keyword) throws UnsupportedConstruct {
        if (!peek().isKeyword(keyword)) {
            throw new UnsupportedConstruct("Python syntax: expected '" + keyword + "'");
        }
        index++;
    }

    private String identifier(String what) throws UnsupportedConstruct {
        PyToken t = peek();
        if (t.kind() != PyToken.Kind.NAME || KEYWORDS.contains(t.text())) {
            throw new UnsupportedConstruct("Python syntax: expected a " + what);
        }
        index++;
        return t.text();
    }

    private void expectEnd(String source) throws UnsupportedConstruct {
        if (peek().kind() != PyToken.Kind.END) {
            throw new UnsupportedConstruct("Python code " + PythonStrings.repr(source.strip())
                    + " (unexpected " + PythonStrings.repr(peek().text()) + ")");
        }
    }
}
