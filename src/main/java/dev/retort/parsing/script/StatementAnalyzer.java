package dev.retort.parsing.script;

import dev.retort.parsing.script.PyValue.PyComputed;
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
    private static final Set<String> NO_BINDING_STATEMENTS = Set.of(
            "global", "nonlocal", "pass", "break", "continue", "return", "raise", "assert");

    private final String src;
    private final ProblemSink problems;
    private final PyAssignment[] bindings = new PyAssignment[ModuleVariable.values().length];
    private String docstring;

    private Lexer lx;
    private int scope;
    private String scopeKeyword;
    private ExpressionParser ep;

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
        this.ep = new ExpressionParser(lx, problems, this);
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

    private void statements() {
        while (lx.kind != Lexer.END) {
            statement();
            while (lx.kind != Lexer.END && !lx.isOp(';')) {
                ep.advance();
            }
            if (lx.isOp(';')) {
                ep.advance();
            }
        }
    }

    private void statement() {
        if (lx.kind == Lexer.NAME) {
            String word = lx.text();
            if (word.equals("del")) {
                ep.advance();
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
        Expr first = ep.exprList(0);
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
            ep.advance();
            parts.add(ep.exprList(0));
        }
        Expr valueExpr = parts.remove(parts.size() - 1);
        PyValue value = lx.kind == Lexer.END || lx.isOp(';')
                ? Expr.valueOf(valueExpr) : new PyComputed("an expression");
        for (Expr target : parts) {
            assign(target, value);
        }
    }

    private void annotated(Expr target) {
        ep.advance();
        ep.skipExpr();
        if (!lx.isOp('=')) {
            return;   // an annotation alone binds nothing
        }
        ep.advance();
        PyValue value = Expr.valueOf(ep.exprList(0));
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
            unpackTargets(ep.expr(0), new PyComputed("deleted by `del`"));
            if (!lx.isOp(',')) {
                return;
            }
            ep.advance();
        }
    }

    private void importNames() {
        ep.advance();
        while (lx.kind == Lexer.NAME) {
            int variable = lx.variable;
            int line = lx.tokenLine;
            ep.advance();
            while (lx.isOp('.')) {
                ep.advance();
                if (lx.kind == Lexer.NAME) {
                    ep.advance();
                }
            }
            bindImported(variable, line);
            if (!lx.isOp(',')) {
                return;
            }
            ep.advance();
        }
    }

    /**
     * Binds the name an import item makes: its own ({@code variable}, at {@code line}), or the
     * one after {@code as}, which the lexer is now at if present.
     */
    private void bindImported(int variable, int line) {
        if (lx.isName("as")) {
            ep.advance();
            if (lx.kind == Lexer.NAME) {
                variable = lx.variable;
                line = lx.tokenLine;
                ep.advance();
            }
        }
        if (variable >= 0) {
            bind(variable, new PyComputed("bound by an import"), line);
        }
    }

    private void fromImportNames() {
        while (lx.kind != Lexer.END && !lx.isName("import")) {
            ep.advance();
        }
        ep.advance();
        if (lx.isOp('(')) {
            ep.advance();
        }
        while (lx.kind == Lexer.NAME) {
            int variable = lx.variable;
            int line = lx.tokenLine;
            ep.advance();
            bindImported(variable, line);
            if (!lx.isOp(',')) {
                return;
            }
            ep.advance();
        }
    }

    /** A block header at module level: names it binds, then any body on the same line. */
    private void header(String keyword, int colonPos) {
        if (lx.isName("async")) {
            ep.advance();
        }
        ep.advance();   // the keyword itself
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
            ep.advance();
        }
        if (lx.kind == Lexer.END) {
            return;
        }
        ep.advance();   // the colon
        int outerScope = scope;
        String outerKeyword = scopeKeyword;
        scope = ModuleScanner.CONDITIONAL;
        scopeKeyword = keyword;
        statements();
        scope = outerScope;
        scopeKeyword = outerKeyword;
    }

    /** {@code name.append(...)}, {@code name[0] = ...}: a list value can no longer be trusted. */
    void listMayChange(int variable, int line) {
        PyAssignment current = bindings[variable];
        if (current != null && current.value() instanceof PyValue.PySeq seq && seq.kind() == PyValue.SeqKind.LIST) {
            bindings[variable] = new PyAssignment(
                    new PyComputed("a list that may be changed in place on line " + line), line);
        }
    }

    void bind(int variable, PyValue value, int line) {
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
