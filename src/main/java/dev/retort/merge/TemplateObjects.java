package dev.retort.merge;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The objects alembic and Mako put into a template's namespace. */
final class TemplateObjects {
    private TemplateObjects() {
    }

    /** Calls with only the named positional/keyword parameters, defaults filled in. */
    static Object[] bind(String function, List<Object> args, Map<String, Object> kw, List<String> names,
            Object... defaults) throws PyError {
        int required = names.size() - defaults.length;
        if (args.size() > names.size()) {
            throw new PyError("TypeError", function + "() takes at most " + names.size() + " arguments ("
                    + args.size() + " given)");
        }
        Object[] bound = new Object[names.size()];
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (i < args.size()) {
                if (kw.containsKey(name)) {
                    throw new PyError("TypeError", function + "() got multiple values for argument '" + name + "'");
                }
                bound[i] = args.get(i);
            } else if (kw.containsKey(name)) {
                bound[i] = kw.get(name);
            } else if (i >= required) {
                bound[i] = defaults[i - required];
            } else {
                throw new PyError("TypeError", function + "() missing required argument: '" + name + "'");
            }
        }
        for (String key : kw.keySet()) {
            if (!names.contains(key)) {
                throw new PyError("TypeError", function + "() got an unexpected keyword argument '" + key + "'");
            }
        }
        return bound;
    }

    /** alembic's {@code Config} (passed as {@code config} since 1.9.4): only {@code get_main_option}. */
    record ConfigObject(Map<String, String> mainOptions) implements PyObject {
        @Override
        public String typeName() {
            return "Config";
        }

        @Override
        public Object attribute(String name) throws UnsupportedConstruct {
            if (name.equals("get_main_option")) {
                return (PyCallable) (args, kw) -> {
                    Object[] a = bind("get_main_option", args, kw, List.of("name", "default"), PySpecial.NONE);
                    if (!(a[0] instanceof String key)) {
                        return a[1];
                    }
                    String value = mainOptions.get(key);
                    return value != null ? value : a[1];
                };
            }
            throw new UnsupportedConstruct("config." + name);
        }

        @Override
        public String str() throws UnsupportedConstruct {
            throw new UnsupportedConstruct("printing the config object");
        }

        @Override
        public String repr() throws UnsupportedConstruct {
            throw new UnsupportedConstruct("printing the config object");
        }
    }

    /** Mako's {@code context}: {@code context.get(key, default)} and {@code context[key]}. */
    record ContextObject(Map<String, Object> data) implements PyObject {
        @Override
        public String typeName() {
            return "Context";
        }

        @Override
        public Object attribute(String name) throws UnsupportedConstruct {
            if (name.equals("get")) {
                return (PyCallable) (args, kw) -> {
                    Object[] a = bind("get", args, kw, List.of("key", "default"), PySpecial.NONE);
                    return lookup(a[0], a[1]);
                };
            }
            throw new UnsupportedConstruct("context." + name);
        }

        /** {@code Context.get}: the render arguments, then Python's builtins, then the default. */
        Object lookup(Object key, Object fallback) throws UnsupportedConstruct {
            if (key instanceof String k) {
                if (data.containsKey(k)) {
                    return data.get(k);
                }
                Object builtin = PyBuiltins.lookup(k);
                if (builtin != null) {
                    return builtin;
                }
            }
            return fallback;
        }

        @Override
        public String str() throws UnsupportedConstruct {
            throw new UnsupportedConstruct("printing the Mako context");
        }

        @Override
        public String repr() throws UnsupportedConstruct {
            throw new UnsupportedConstruct("printing the Mako context");
        }
    }

    /** The {@code create_date} datetime. */
    record DateTimeValue(CreateDate date) implements PyObject {
        @Override
        public String typeName() {
            return "datetime";
        }

        @Override
        public Object attribute(String name) throws UnsupportedConstruct {
            return switch (name) {
                case "year" -> (long) date.dateTime().getYear();
                case "month" -> (long) date.dateTime().getMonthValue();
                case "day" -> (long) date.dateTime().getDayOfMonth();
                case "hour" -> (long) date.dateTime().getHour();
                case "minute" -> (long) date.dateTime().getMinute();
                case "second" -> (long) date.dateTime().getSecond();
                case "microsecond" -> (long) (date.dateTime().getNano() / 1000);
                case "isoformat" -> (PyCallable) (args, kw) -> {
                    Object[] a = bind("isoformat", args, kw, List.of("sep"), "T");
                    if (!(a[0] instanceof String sep) || sep.codePointCount(0, sep.length()) != 1
                            || Character.isSurrogate(sep.charAt(0))) {
                        throw new UnsupportedConstruct("datetime.isoformat with these arguments");
                    }
                    return date.isoFormat(sep.charAt(0));
                };
                default -> throw new UnsupportedConstruct("datetime." + name);
            };
        }

        @Override
        public String str() {
            return date.toString();
        }

        @Override
        public String repr() throws UnsupportedConstruct {
            if (date.offset().isPresent()) {
                throw new UnsupportedConstruct("repr() of a timezone-aware create_date");
            }
            var t = date.dateTime();
            StringBuilder out = new StringBuilder("datetime.datetime(").append(t.getYear()).append(", ")
                    .append(t.getMonthValue()).append(", ").append(t.getDayOfMonth()).append(", ")
                    .append(t.getHour()).append(", ").append(t.getMinute());
            int micros = t.getNano() / 1000;
            if (t.getSecond() != 0 || micros != 0) {
                out.append(", ").append(t.getSecond());
            }
            if (micros != 0) {
                out.append(", ").append(micros);
            }
            return out.append(')').toString();
        }
    }

    /** The {@code re} module after {@code import re}: only {@code re.split}. */
    enum ReModule implements PyObject {
        INSTANCE;

        private static final Set<String> KNOWN = Set.of("split");

        @Override
        public String typeName() {
            return "module";
        }

        @Override
        public Object attribute(String name) throws UnsupportedConstruct {
            if (!KNOWN.contains(name)) {
                throw new UnsupportedConstruct("re." + name);
            }
            return (PyCallable) (args, kw) -> {
                Object[] a = bind("split", args, kw, List.of("pattern", "string", "maxsplit", "flags"), 0L, 0L);
                return PyRegex.split(a[0], a[1], a[2], a[3]);
            };
        }

        @Override
        public String str() throws UnsupportedConstruct {
            throw new UnsupportedConstruct("printing the re module");
        }

        @Override
        public String repr() throws UnsupportedConstruct {
            throw new UnsupportedConstruct("printing the re module");
        }
    }
}
