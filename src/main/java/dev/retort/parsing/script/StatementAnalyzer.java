package dev.retort.parsing.script;

import dev.retort.parsing.script.PyValue.PyComputed;
import dev.retort.parsing.script.PyValue.SeqKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The second pass: parses the few logical lines the {@link ModuleScanner} selected and records
 * the module docstring and the bindings of the {@link ModuleVariable}s, last one winning.
 *
 * <p>Only literal values are read; any other binding (a call, a name, tuple unpacking, an
 * import, {@code del}, {@code :=}, a {@code for} target, anything inside an {@code if}/{@code try}
 * block) is recorded as {@link PyComputed} with the reason, never guessed. Recursion is bounded
 * by {@link ModuleScanner#MAX_NESTING}; deeper brackets are skipped iteratively.
 */
final class StatementAnalyzer {
    private static final Set<String> KEYWORDS = Set.of(
            "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif",
            "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
            "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");
    private static final Set<String> NO_BINDING_STATEMENTS = Set.of(
            "global", "nonlocal", "pass", "break", "continue", "return", "raise", "assert");

    private final String src;
    private final ProblemSink problems;
    private final PyAssignment[] bindings = new PyAssignment[ModuleVariable.values().length];
    private String docstring;

    private Lexer lx;
    private int scope;
    private String scopeKeyword;
    private int previousVariable = -1;
    private int previousLine;

    StatementAnalyzer(String src, ProblemSink problems) {
        this.src = src;
        this.problems = problems;
    }

    Optional<String> docstring() {
        return Optional.ofNullable(docstring);
    }

    Map<ModuleVariable, PyAssignment> bindings() {
        Map<ModuleVariable, PyAssignment> map = new EnumMap<>(ModuleVariable.class);
        for (int i = 0; i < bindings.length; i++) {
            if (bindings[i] != null) {
                map.put(ModuleVariable.byOrdinal(i), bindings[i]);
            }
        }
        return map;
    }

    /**
     * Analyses the logical line {@code src[start, end)}.
     *
     * @param headerKeyword the compound statement keyword when the line is a block header
     * @param colonPos the offset of the header's colon when it is one
     * @param first whether this is the module's first statement (the docstring candidate)
     * @param mentions whether a tracked name occurs in the line
     */
    void analyze(int start, int end, int line, int scope, String blockKeyword, String headerKeyword,
            int colonPos, boolean first, boolean mentions) {
        if (first && headerKeyword == null) {
            readDocstring(new Lexer(src, start, end, line, problems));
        }
        if (!mentions) {
            return;
        }
        this.lx = new Lexer(src, start, end, line, problems);
        this.scope = scope;
        this.scopeKeyword = blockKeyword;
        if (headerKeyword != null) {
            header(headerKeyword, colonPos);
        } else {
            statements();
        }
    }

    private void readDocstring(Lexer d) {
        int parens = 0;
        while (d.isOp('(')) {
            parens++;
            d.next();
        }
        if (d.kind != Lexer.STRING) {
            return;
        }
        StringBuilder sb = new StringBuilder();
        boolean plain = true;
        while (d.kind == Lexer.STRING) {
            if (d.strFormat || d.strBytes) {
                plain = false;
            } else {
                sb.append(d.strValue);
            }
            d.next();
        }
        while (parens > 0 && d.isOp(')')) {
            parens--;
            d.next();
        }
        if (parens == 0 && plain && (d.kind == Lexer.END || d.isOp(';'))) {
            docstring = sb.toString();
        }
    }

    /** Moves to the next token, noticing {@code name := ...} wherever it occurs. */
    private void advance() {
        if (lx.kind == Lexer.NAME) {
            previousVariable = lx.variable;
            previousLine = lx.tokenLine;
        } else {
            previousVariable = -1;
        }
        lx.next();
        if (previousVariable >= 0 && lx.isOp(Lexer.WALRUS)) {
            bind(previousVariable, new PyComputed("an assignment expression (:=)"), previousLine);
        }
    }

    private void statements() {
        while (lx.kind != Lexer.END) {
            statement();
            while (lx.kind != Lexer.END && !lx.isOp(';')) {
                advance();
            }
            if (lx.isOp(';')) {
                advance();
            }
        }
    }

    private void statement() {
        if (lx.kind == Lexer.NAME) {
            String word = lx.text();
            if (word.equals("del")) {
                advance();
                deleteTargets();
                return;
            }
            if (word.equals("import")) {
                importNames();
                return;
            }
            if (word.equals("from")) {
                fromImportNames();
                return;
            }
            if (NO_BINDING_STATEMENTS.contains(word)) {
                return;
            }
        }
        Expr first = exprList(0);
        if (lx.isOp(':')) {
            annotated(first);
            return;
        }
        if (lx.isOp(Lexer.AUGASSIGN)) {
            if (first instanceof Expr.Name n && n.variable() >= 0) {
                bind(n.variable(), new PyComputed("an augmented assignment"), n.line());
            }
            return;
        }
        if (!lx.isOp('=')) {
            return;
        }
        List<Expr> parts = new ArrayList<>(3);
        parts.add(first);
        while (lx.isOp('=')) {
            advance();
            parts.add(exprList(0));
        }
        Expr valueExpr = parts.remove(parts.size() - 1);
        PyValue value = lx.kind == Lexer.END || lx.isOp(';')
                ? Expr.valueOf(valueExpr) : new PyComputed("an expression");
        for (Expr target : parts) {
            assign(target, value);
        }
    }

    private void annotated(Expr target) {
        advance();
        skipExpr();
        if (!lx.isOp('=')) {
            return;   // an annotation alone binds nothing
        }
        advance();
        PyValue value = Expr.valueOf(exprList(0));
        if (target instanceof Expr.Name n && n.variable() >= 0) {
            bind(n.variable(), value, n.line());
        }
    }

    private void assign(Expr target, PyValue value) {
        if (target instanceof Expr.Name n) {
            if (n.variable() >= 0) {
                bind(n.variable(), value, n.line());
            }
        } else {
            unpackTargets(target, new PyComputed("tuple unpacking"));
        }
    }

    /** Binds every tracked name directly inside a tuple/list/starred target. */
    private void unpackTargets(Expr target, PyValue value) {
        if (target instanceof Expr.Name n && n.variable() >= 0) {
            bind(n.variable(), value, n.line());
        } else if (target instanceof Expr.Display d) {
            for (Expr item : d.items()) {
                unpackTargets(item, value);
            }
        } else if (target instanceof Expr.Starred s) {
            unpackTargets(s.inner(), value);
        }
    }

    private void deleteTargets() {
        while (true) {
            unpackTargets(expr(0), new PyComputed("deleted by `del`"));
            if (!lx.isOp(',')) {
                return;
            }
            advance();
        }
    }

    private void importNames() {
        advance();
        while (lx.kind == Lexer.NAME) {
            int variable = lx.variable;
            int line = lx.tokenLine;
            advance();
            while (lx.isOp('.')) {
                advance();
                if (lx.kind == Lexer.NAME) {
                    advance();
                }
            }
            if (lx.isName("as")) {
                advance();
                if (lx.kind == Lexer.NAME) {
                    variable = lx.variable;
                    line = lx.tokenLine;
                    advance();
                }
            }
            if (variable >= 0) {
                bind(variable, new PyComputed("bound by an import"), line);
            }
            if (!lx.isOp(',')) {
                return;
            }
            advance();
        }
    }

    private void fromImportNames() {
        while (lx.kind != Lexer.END && !lx.isName("import")) {
            advance();
        }
        advance();
        if (lx.isOp('(')) {
            advance();
        }
        while (lx.kind == Lexer.NAME) {
            int variable = lx.variable;
            int line = lx.tokenLine;
            advance();
            if (lx.isName("as")) {
                advance();
                if (lx.kind == Lexer.NAME) {
                    variable = lx.variable;
                    line = lx.tokenLine;
                    advance();
                }
            }
            if (variable >= 0) {
                bind(variable, new PyComputed("bound by an import"), line);
            }
            if (!lx.isOp(',')) {
                return;
            }
            advance();
        }
    }

    /** A block header at module level: names it binds, then any body on the same line. */
    private void header(String keyword, int colonPos) {
        if (lx.isName("async")) {
            advance();
        }
        advance();   // the keyword itself
        if (keyword.equals("def") || keyword.equals("class")) {
            if (lx.kind == Lexer.NAME && lx.variable >= 0) {
                bind(lx.variable, new PyComputed("defined by a `" + keyword + "` statement"), lx.tokenLine);
            }
            return;   // the body is a new scope: nothing in it sets module attributes
        }
        boolean bindsNames = keyword.equals("for") || keyword.equals("case");
        boolean afterAs = false;
        int depth = 0;
        while (lx.kind != Lexer.END && lx.start != colonPos) {
            if (lx.isOp('(') || lx.isOp('[') || lx.isOp('{')) {
                depth++;
            } else if (lx.isOp(')') || lx.isOp(']') || lx.isOp('}')) {
                depth--;
            } else if (bindsNames && depth == 0 && keyword.equals("for") && lx.isName("in")) {
                bindsNames = false;
            } else if (lx.kind == Lexer.NAME && lx.variable >= 0 && (bindsNames || afterAs)) {
                bind(lx.variable, new PyComputed("the target of a `" + keyword + "` statement"), lx.tokenLine);
            }
            afterAs = lx.isName("as");
            advance();
        }
        if (lx.kind == Lexer.END) {
            return;
        }
        advance();   // the colon
        int outerScope = scope;
        String outerKeyword = scopeKeyword;
        scope = ModuleScanner.CONDITIONAL;
        scopeKeyword = keyword;
        statements();
        scope = outerScope;
        scopeKeyword = outerKeyword;
    }

    private Expr exprList(int depth) {
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

    private boolean startsExpr() {
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

    private Expr expr(int depth) {
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
            listMayChange(base, line);
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
    private void skipExpr() {
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

    /** {@code name.append(...)}, {@code name[0] = ...}: a list value can no longer be trusted. */
    private void listMayChange(int variable, int line) {
        PyAssignment current = bindings[variable];
        if (current != null && current.value() instanceof PyValue.PySeq seq && seq.kind() == SeqKind.LIST) {
            bindings[variable] = new PyAssignment(
                    new PyComputed("a list that may be changed in place on line " + line), line);
        }
    }

    private void bind(int variable, PyValue value, int line) {
        PyValue effective = value;
        if (scope == ModuleScanner.CONDITIONAL) {
            String where = "inside " + article(scopeKeyword) + " `" + scopeKeyword + "` block";
            effective = new PyComputed(value instanceof PyComputed c
                    ? c.reason() + ", " + where : "assigned " + where);
        }
        bindings[variable] = new PyAssignment(effective, line);
    }

    private static String article(String word) {
        return "aeiou".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }
}
