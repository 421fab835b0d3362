package dev.retort.merge;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns lexed Mako nodes into a {@link TemplateNode} tree, parsing every Python fragment up
 * front. Anything outside the supported subset is reported here, before rendering, even in
 * branches that would not run: Retort either renders the whole file or nothing.
 */
final class MakoCompiler {
    private static final Set<String> ESCAPING_FILTERS = Set.of("h", "u", "x", "entity");

    /** The compiled body, the {@code <%! %>} statements, and the names the body assigns. */
    record Compiled(List<TemplateNode> body, List<PyStatement> moduleCode, Set<String> localNames) {
    }

    private final List<PyStatement> moduleCode = new ArrayList<>();
    private final Set<String> localNames = new HashSet<>();

    private MakoCompiler() {
    }

    static Compiled compile(List<MakoNode> nodes) throws UnsupportedConstruct {
        MakoCompiler compiler = new MakoCompiler();
        List<TemplateNode> body = compiler.build(nodes);
        return new Compiled(body, List.copyOf(compiler.moduleCode), Set.copyOf(compiler.localNames));
    }

    /** One open {@code % if} or {@code % for}: where its nodes go. */
    private static final class Frame {
        final String keyword;
        final List<TemplateNode.Branch> branches = new ArrayList<>();
        final List<TemplateNode> forBody = new ArrayList<>();
        final PyParser.ControlHeader header;
        final int line;
        List<TemplateNode> current;

        Frame(PyParser.ControlHeader header, int line) {
            this.keyword = header.keyword();
            this.header = header;
            this.line = line;
            if (keyword.equals("if")) {
                startBranch(header.expr(), line);
            } else {
                current = forBody;
            }
        }

        void startBranch(PyExpr condition, int branchLine) {
            current = new ArrayList<>();
            branches.add(new TemplateNode.Branch(condition, current, branchLine));
        }

        TemplateNode close() {
            if (keyword.equals("if")) {
                return new TemplateNode.IfBlock(branches.stream()
                        .map(b -> new TemplateNode.Branch(b.condition(), List.copyOf(b.body()), b.line())).toList());
            }
            return new TemplateNode.ForBlock(header.target(), header.expr(), List.copyOf(forBody), line);
        }
    }

    private List<TemplateNode> build(List<MakoNode> nodes) throws UnsupportedConstruct {
        List<TemplateNode> root = new ArrayList<>();
        Deque<Frame> open = new ArrayDeque<>();
        for (MakoNode node : nodes) {
            List<TemplateNode> target = open.isEmpty() ? root : open.peek().current;
            try {
                if (node instanceof MakoNode.Text text) {
                    target.add(new TemplateNode.TextOut(text.text()));
                } else if (node instanceof MakoNode.Expression expr) {
                    target.add(expression(expr));
                } else if (node instanceof MakoNode.Code code) {
                    List<PyStatement> statements = PyParser.statements(code.code());
                    if (code.module()) {
                        for (PyStatement s : statements) {
                            if (s instanceof PyStatement.Assign) {
                                throw new UnsupportedConstruct("assignment in a <%! %> block");
                            }
                        }
                        moduleCode.addAll(statements);
                    } else {
                        for (PyStatement s : statements) {
                            if (s instanceof PyStatement.Assign assign) {
                                localNames.add(assign.name());
                            }
                        }
                        target.add(new TemplateNode.CodeBlock(statements, code.line()));
                    }
                } else if (node instanceof MakoNode.ControlLine control) {
                    controlLine(control, open, root);
                } else if (node instanceof MakoNode.Tag tag) {
                    throw new UnsupportedConstruct("<%" + tag.keyword() + ">");
                }
            } catch (UnsupportedConstruct e) {
                throw e.atLine(node.line());
            }
        }
        return root;
    }

    private void controlLine(MakoNode.ControlLine control, Deque<Frame> open, List<TemplateNode> root)
            throws UnsupportedConstruct {
        String keyword = control.keyword();
        if (control.isEnd()) {
            // the lexer has already checked that the end keyword matches the open block
            TemplateNode closed = open.pop().close();
            (open.isEmpty() ? root : open.peek().current).add(closed);
            return;
        }
        switch (keyword) {
            case "if", "for" -> {
                PyParser.ControlHeader header = PyParser.controlLine(keyword, control.text());
                if (keyword.equals("for")) {
                    if (header.target().equals("loop")) {
                        throw new UnsupportedConstruct("'loop' as a loop variable");
                    }
                    localNames.add(header.target());
                }
                open.push(new Frame(header, control.line()));
            }
            case "elif", "else" -> {
                if (open.isEmpty() || !open.peek().keyword.equals("if")) {
                    throw new UnsupportedConstruct("'% " + keyword + "' outside '% if' (for-else, try-else)");
                }
                PyParser.ControlHeader header = PyParser.controlLine(keyword, control.text());
                open.peek().startBranch(header.expr(), control.line());
            }
            default -> throw new UnsupportedConstruct("'% " + keyword + "' control line");
        }
    }

    private TemplateNode expression(MakoNode.Expression node) throws UnsupportedConstruct {
        PyExpr expr = PyParser.expression(node.code());
        List<PyExpr> filters = new ArrayList<>();
        boolean noDefault = false;
        for (PyExpr filter : PyParser.expressionList(node.filters())) {
            if (!(filter instanceof PyExpr.Name name)) {
                throw new UnsupportedConstruct("filter expression in ${... | " + node.filters() + "}");
            }
            String id = name.id();
            if (id.equals("n")) {
                noDefault = true;
            } else if (id.equals("trim")) {
                filters.add(TemplateNode.TRIM);
            } else if (id.equals("str") || id.equals("unicode")) {
                filters.add(new PyExpr.Name("str"));
            } else if (ESCAPING_FILTERS.contains(id)) {
                throw new UnsupportedConstruct("Mako filter '" + id + "'");
            } else {
                filters.add(name);
            }
        }
        return new TemplateNode.ExprOut(expr, List.copyOf(filters), noDefault, node.line());
    }
}
