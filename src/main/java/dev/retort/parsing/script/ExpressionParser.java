package dev.retort.parsing.script;

import dev.retort.parsing.script.PyValue.PyComputed;
import dev.retort.parsing.script.PyValue.SeqKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recursive descent over the expressions of one logical line, just deep enough to tell literals
 * from everything else. Non-literal parts are skipped token by token (no recursion) up to the
 * next delimiter of the enclosing level. Recursion depth is capped at
 * {@link ModuleScanner#MAX_NESTING}, where Python itself gives up.
 */
final class ExpressionParser {
    private static final Set<String> KEYWORDS = Set.of(
            "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif",
            "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
            "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");

    private final Lexer lx;
    private final ProblemSink problems;
    private final StatementAnalyzer bindings;
    private int previousVariable = -1;
    private int previousLine;

    ExpressionParser(Lexer lx, ProblemSink problems, StatementAnalyzer bindings) {
        this.lx = lx;
        this.problems = problems;
        this.bindings = bindings;
    }

    /** Moves to the next token, noticing {@code name := ...} wherever it occurs. */
    void advance() {
        if (lx.kind == Lexer.NAME) {
            previousVariable = lx.variable;
            previousLine = lx.tokenLine;
        } else {
            previousVariable = -1;
        }
        lx.next();
        if (previousVariable >= 0 && lx.isOp(Lexer.WALRUS)) {
            bindings.bind(previousVariable, new PyComputed("an assignment expression (:=)"), previousLine);
        }
    }

    Expr exprList(int depth) {
        Expr first = expr(depth);
        if (!lx.isOp(',')) {
            return first;
        }
        List<Expr> items = new ArrayList<>();
        items.add(first);
        while (lx.isOp(',')) {
            advance();
            if (!startsExpr()) {
                break;
            }
            items.add(expr(depth));
        }
        return Expr.display(SeqKind.TUPLE, items);
    }

    boolean startsExpr() {
        return switch (lx.kind) {
            case Lexer.NAME, Lexer.STRING, Lexer.NUMBER, Lexer.ELLIPSIS -> true;
            case Lexer.OP -> lx.op == '(' || lx.op == '[' || lx.op == '{' || lx.op == '-' || lx.op == '+'
                    || lx.op == '~' || lx.op == '*';
            default -> false;
        };
    }

    private boolean endsExpr() {
        return switch (lx.kind) {
            case Lexer.END -> true;
            case Lexer.OP -> lx.op == ',' || lx.op == ')' || lx.op == ']' || lx.op == '}' || lx.op == '='
                    || lx.op == ';' || lx.op == ':' || lx.op == Lexer.AUGASSIGN;
            default -> false;
        };
    }

    Expr expr(int depth) {
        if (lx.isOp('*')) {
            advance();
            return new Expr.Starred(expr(depth));
        }
        int line = lx.tokenLine;
        Expr atom = atom(depth);
        if (atom instanceof Expr.Opaque || endsExpr()) {
            return atom;
        }
        int base = atom instanceof Expr.Name n ? n.variable() : -1;
        String reason = lx.isOp('(') ? "a call" : lx.isOp('.') ? "an attribute access"
                : lx.isOp('[') ? "a subscript" : "an expression";
        boolean trailer = !reason.equals("an expression");
        skipExpr();
        if (base >= 0 && trailer) {
            bindings.listMayChange(base, line);
        }
        return new Expr.Opaque(reason, trailer ? base : -1, line);
    }

    private Expr atom(int depth) {
        int line = lx.tokenLine;
        switch (lx.kind) {
            case Lexer.STRING:
                return strings(line);
            case Lexer.NUMBER: {
                String text = lx.text();
                advance();
                return new Expr.Literal(new PyValue.PyOtherLiteral(numberType(text), text));
            }
            case Lexer.ELLIPSIS:
                advance();
                return new Expr.Literal(new PyValue.PyOtherLiteral("ellipsis", "Ellipsis"));
            case Lexer.NAME: {
                String text = lx.text();
                if (text.equals("None")) {
                    advance();
                    return new Expr.Literal(PyValue.PyNone.NONE);
                }
                if (text.equals("True") || text.equals("False")) {
                    advance();
                    return new Expr.Literal(new PyValue.PyOtherLiteral("bool", text));
                }
                if (KEYWORDS.contains(text)) {
                    skipExpr();   // from the keyword itself, so a `lambda` claims its colon
                    return new Expr.Opaque("a `" + text + "` expression", -1, line);
                }
                Expr.Name name = new Expr.Name(text, lx.variable, line);
                advance();
                return name;
            }
            case Lexer.OP:
                if (lx.op == '(' || lx.op == '[') {
                    return display(depth, lx.op == '(' ? SeqKind.TUPLE : SeqKind.LIST, line);
                }
                if (lx.op == '{') {
                    skipBalanced();
                    return new Expr.Opaque("a set or dict display", -1, line);
                }
                break;
            default:
                break;
        }
        skipExpr();
        return new Expr.Opaque("an expression", -1, line);
    }

    private Expr strings(int line) {
        StringBuilder sb = new StringBuilder();
        boolean format = false;
        boolean bytes = false;
        boolean text = false;
        int bytesLength = 0;
        while (lx.kind == Lexer.STRING) {
            if (lx.strFormat) {
                format = true;
            } else if (lx.strBytes) {
                bytes = true;
                bytesLength += lx.strValue.length();
            } else {
                text = true;
                sb.append(lx.strValue);
            }
            advance();
        }
        if (bytes && (text || format)) {
            problems.syntaxError(line, "cannot mix bytes and nonbytes literals");
        }
        if (format) {
            return new Expr.Opaque("an f-string", -1, line);
        }
        return new Expr.Literal(bytes ? new PyValue.PyBytes(bytesLength) : new PyValue.PyStr(sb.toString()));
    }

    /** A parenthesised expression, a tuple or a list; the current token is its opening bracket. */
    private Expr display(int depth, SeqKind kind, int line) {
        int close = kind == SeqKind.TUPLE ? ')' : ']';
        if (depth >= ModuleScanner.MAX_NESTING) {
            skipBalanced();
            return new Expr.Opaque("brackets nested too deeply", -1, line);
        }
        advance();
        if (lx.isOp(close)) {
            advance();
            return new Expr.Literal(new PyValue.PySeq(kind, List.of()));
        }
        if (lx.isName("yield")) {
            skipToClose();
            return new Expr.Opaque("a `yield` expression", -1, line);
        }
        List<Expr> items = new ArrayList<>();
        items.add(expr(depth + 1));
        boolean comma = false;
        while (lx.isOp(',')) {
            comma = true;
            advance();
            if (lx.isOp(close)) {
                break;
            }
            items.add(expr(depth + 1));
        }
        if (!lx.isOp(close)) {
            skipToClose();
            return new Expr.Opaque("an expression", -1, line);
        }
        advance();
        if (kind == SeqKind.TUPLE && !comma) {
            return items.get(0);
        }
        return Expr.display(kind, items);
    }

    /** Skips the rest of an expression: up to a delimiter at this bracket level. */
    void skipExpr() {
        int depth = 0;
        int lambdas = 0;
        while (lx.kind != Lexer.END) {
            if (lx.kind == Lexer.OP) {
                int op = lx.op;
                if (op == '(' || op == '[' || op == '{') {
                    depth++;
                } else if (op == ')' || op == ']' || op == '}') {
                    if (depth == 0) {
                        return;
                    }
                    depth--;
                } else if (depth == 0) {
                    if (op == ':' && lambdas > 0) {
                        lambdas--;
                    } else if (op == ',' || op == '=' || op == ';' || op == ':' || op == Lexer.AUGASSIGN) {
                        return;
                    }
                }
            } else if (depth == 0 && lx.isName("lambda")) {
                lambdas++;
            }
            advance();
        }
    }

    /** Skips from an opening bracket to just after its partner. */
    private void skipBalanced() {
        advance();
        skipToClose();
    }

    /** Skips to just after the closing bracket of the current level. */
    private void skipToClose() {
        int depth = 0;
        while (lx.kind != Lexer.END) {
            if (lx.isOp('(') || lx.isOp('[') || lx.isOp('{')) {
                depth++;
            } else if (lx.isOp(')') || lx.isOp(']') || lx.isOp('}')) {
                if (depth == 0) {
                    advance();
                    return;
                }
                depth--;
            }
            advance();
        }
    }

    private static String numberType(String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        if (t.endsWith("j")) {
            return "complex";
        }
        if (t.startsWith("0x") || t.startsWith("0o") || t.startsWith("0b")) {
            return "int";
        }
        return t.indexOf('.') >= 0 || t.indexOf('e') >= 0 ? "float" : "int";
    }

}
