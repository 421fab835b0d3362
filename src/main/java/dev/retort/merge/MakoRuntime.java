package dev.retort.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a compiled template with Mako's name rules: names the body assigns are locals
 * (reading one early is an {@code UnboundLocalError}); {@code <%! import re %>} is a module
 * global; any other name comes from the render arguments, then Python's builtins, else it is
 * {@code UNDEFINED}.
 */
final class MakoRuntime {
    private static final Set<String> MAKO_RESERVED = Set.of("loop", "capture", "caller", "self", "local", "next",
            "parent", "STOP_RENDERING", "pageargs");

    private final Map<String, Object> data;
    private final Set<String> localNames;
    private final Map<String, Object> locals = new HashMap<>();
    private final Map<String, Object> globals = new HashMap<>();
    private final TemplateObjects.ContextObject context;
    private final StringBuilder out = new StringBuilder();
    private int line;

    MakoRuntime(Map<String, Object> data, Set<String> localNames) {
        this.data = data;
        this.localNames = localNames;
        this.context = new TemplateObjects.ContextObject(data);
    }

    /** The 1-based template line being rendered when a failure happened. */
    int line() {
        return line;
    }

    String render(MakoCompiler.Compiled compiled) throws PyError, UnsupportedConstruct {
        for (PyStatement statement : compiled.moduleCode()) {
            execute(statement, globals);
        }
        run(compiled.body());
        return out.toString();
    }

    private void run(List<TemplateNode> nodes) throws PyError, UnsupportedConstruct {
        for (TemplateNode node : nodes) {
            if (node instanceof TemplateNode.TextOut text) {
                out.append(text.text());
            } else if (node instanceof TemplateNode.ExprOut expr) {
                line = expr.line();
                out.append(output(expr));
            } else if (node instanceof TemplateNode.IfBlock block) {
                for (TemplateNode.Branch branch : block.branches()) {
                    line = branch.line();
                    if (branch.condition() == null || PyValues.truthy(eval(branch.condition()))) {
                        run(branch.body());
                        break;
                    }
                }
            } else if (node instanceof TemplateNode.ForBlock loop) {
                line = loop.line();
                for (Object item : PyValues.iterate(eval(loop.iterable()))) {
                    locals.put(loop.variable(), item);
                    run(loop.body());
                }
            } else if (node instanceof TemplateNode.CodeBlock code) {
                line = code.line();
                for (PyStatement statement : code.statements()) {
                    execute(statement, locals);
                }
            }
        }
    }

    private String output(TemplateNode.ExprOut expr) throws PyError, UnsupportedConstruct {
        Object value = eval(expr.expr());
        if (!expr.noDefault()) {
            value = PyValues.str(value);
        }
        for (PyExpr filter : expr.filters()) {
            if (filter == TemplateNode.TRIM) {
                if (!(value instanceof String s)) {
                    throw new PyError("AttributeError", "'" + PyValues.typeName(value)
                            + "' object has no attribute 'strip'");
                }
                value = stripPython(s);
            } else {
                value = call(eval(filter), List.of(value), Map.of());
            }
        }
        if (!(value instanceof String s)) {
            throw new PyError("TypeError", "expected str instance, " + PyValues.typeName(value) + " found");
        }
        return s;
    }

    private static String stripPython(String s) {
        int[] cps = s.codePoints().toArray();
        int start = 0;
        int end = cps.length;
        while (start < end && PyStrMethods.isSpace(cps[start])) {
            start++;
        }
        while (end > start && PyStrMethods.isSpace(cps[end - 1])) {
            end--;
        }
        return new String(cps, start, end - start);
    }

    private void execute(PyStatement statement, Map<String, Object> scope) throws PyError, UnsupportedConstruct {
        if (statement instanceof PyStatement.ImportRe) {
            scope.put("re", TemplateObjects.ReModule.INSTANCE);
        } else if (statement instanceof PyStatement.Assign assign) {
            scope.put(assign.name(), eval(assign.value()));
        }
    }

    Object eval(PyExpr expr) throws PyError, UnsupportedConstruct {
        if (expr instanceof PyExpr.Const c) {
            return c.value();
        }
        if (expr instanceof PyExpr.Name n) {
            return lookup(n.id());
        }
        if (expr instanceof PyExpr.Attribute a) {
            return attribute(eval(a.target()), a.name());
        }
        if (expr instanceof PyExpr.Call c) {
            Object function = eval(c.function());
            List<Object> args = new ArrayList<>();
            for (PyExpr arg : c.args()) {
                args.add(eval(arg));
            }
            Map<String, Object> kwargs = new LinkedHashMap<>();
            for (PyExpr.Keyword k : c.keywords()) {
                kwargs.put(k.name(), eval(k.value()));
            }
            return call(function, args, kwargs);
        }
        if (expr instanceof PyExpr.Subscript s) {
            return PyOperators.subscript(eval(s.target()), eval(s.index()), context);
        }
        if (expr instanceof PyExpr.Conditional c) {
            return PyValues.truthy(eval(c.test())) ? eval(c.body()) : eval(c.orElse());
        }
        if (expr instanceof PyExpr.BoolOp b) {
            Object value = null;
            for (PyExpr operand : b.values()) {
                value = eval(operand);
                if (PyValues.truthy(value) != b.isAnd()) {
                    return value;
                }
            }
            return value;
        }
        if (expr instanceof PyExpr.Not n) {
            return !PyValues.truthy(eval(n.operand()));
        }
        if (expr instanceof PyExpr.Unary u) {
            return PyOperators.unary(u.op(), eval(u.operand()));
        }
        if (expr instanceof PyExpr.Compare c) {
            Object left = eval(c.left());
            for (int i = 0; i < c.ops().size(); i++) {
                Object right = eval(c.rights().get(i));
                if (!PyOperators.compare(c.ops().get(i), left, right)) {
                    return Boolean.FALSE;
                }
                left = right;
            }
            return Boolean.TRUE;
        }
        if (expr instanceof PyExpr.BinOp b) {
            return PyOperators.binary(b.op(), eval(b.left()), eval(b.right()));
        }
        if (expr instanceof PyExpr.TupleExpr t) {
            return new PyTuple(evalAll(t.items()));
        }
        if (expr instanceof PyExpr.ListExpr l) {
            return new PyList(evalAll(l.items()));
        }
        throw new UnsupportedConstruct("expression " + expr);
    }

    private List<Object> evalAll(List<PyExpr> items) throws PyError, UnsupportedConstruct {
        List<Object> values = new ArrayList<>();
        for (PyExpr item : items) {
            values.add(eval(item));
        }
        return values;
    }

    private Object lookup(String name) throws PyError, UnsupportedConstruct {
        if (locals.containsKey(name)) {
            return locals.get(name);
        }
        if (localNames.contains(name)) {
            throw new PyError("UnboundLocalError", "cannot access local variable '" + name
                    + "' where it is not associated with a value");
        }
        if (globals.containsKey(name)) {
            return globals.get(name);
        }
        if (name.equals("context")) {
            return context;
        }
        if (name.equals("UNDEFINED")) {
            return PySpecial.UNDEFINED;
        }
        if (MAKO_RESERVED.contains(name)) {
            throw new UnsupportedConstruct("Mako's '" + name + "'");
        }
        return context.lookup(name, PySpecial.UNDEFINED);
    }

    private static Object attribute(Object target, String name) throws PyError, UnsupportedConstruct {
        if (target instanceof String s) {
            return PyStrMethods.attribute(s, name);
        }
        if (target instanceof PyObject object) {
            return object.attribute(name);
        }
        if (target == PySpecial.NONE || target == PySpecial.UNDEFINED) {
            throw new PyError("AttributeError", "'" + PyValues.typeName(target) + "' object has no attribute '"
                    + name + "'");
        }
        throw new UnsupportedConstruct(PyValues.typeName(target) + "." + name);
    }

    private static Object call(Object function, List<Object> args, Map<String, Object> kwargs)
            throws PyError, UnsupportedConstruct {
        if (function instanceof PyCallable callable) {
            return callable.call(args, kwargs);
        }
        throw new PyError("TypeError", "'" + PyValues.typeName(function) + "' object is not callable");
    }
}
