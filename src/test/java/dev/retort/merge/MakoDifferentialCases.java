package dev.retort.merge;

import dev.retort.merge.MakoDifferentialTest.Vars;
import java.util.Map;

/** Hand-written templates for {@link MakoDifferentialTest}: whitespace, control lines, expressions, errors. */
final class MakoDifferentialCases {
    private MakoDifferentialCases() {
    }

    @FunctionalInterface
    interface Sink {
        void add(String name, String template, Vars vars);
    }

    static void addTo(Sink exact, Sink typeOnly) {
        Vars v = Vars.merge(AlembicFlavor.ALEMBIC_1_8);
        Vars modern = Vars.merge(AlembicFlavor.LATEST);
        Vars one = v.withDown("aaaa1111").withLabels("release");

        // whitespace and line structure
        exact.add("if/elif/else", "a\n% if branch_labels:\nL ${branch_labels}\n% elif down_revision:\nD\n% else:\nE\n% endif\nz\n", v);
        exact.add("if true branch", "a\n% if branch_labels:\nL ${branch_labels}\n% else:\nE\n% endif\nz\n", one);
        exact.add("indented control lines", "x\n    % if message:\n  yes\n    % endif\ny", v);
        exact.add("nested if in for", "% for d in down_revision:\n% if d.startswith('0'):\nzero ${d}\n% else:\nother ${d}\n% endfor\n", v.withDown("017_a", "1687", "0x"));
        exact.add("for over a string", "% for c in up_revision:\n${c}|\\\n% endfor\n", v);
        exact.add("double percent escapes", "%% literal\n  %% indented\n100% done\n%%% triple\n", v);
        exact.add("comments", "## whole line\na ## not a comment\n   ## indented comment\nb\n<%doc>\n${nothing}\n</%doc>\nc", v);
        exact.add("backslash continuation", "one \\\ntwo\\\n three\\\\\nfour\\", v);
        exact.add("text tag", "<%text>${message} % if\n</%text>after", v);
        exact.add("code block newline", "a\n<%\n    x = message\n%>\n${x}\n<% y = 1 %>${y}\n", v);
        exact.add("module block at start", "<%!\nimport re\n\n%>\"\"\"${message}\n${re.split(r',\\s*', 'a, b,c')}", v);
        exact.add("crlf template", "a\r\n% if message:\r\nyes ${message}\r\n% endif\r\nb\r\n", v);
        exact.add("coding comment is dropped", "# -*- coding: utf-8 -*-\n\"\"\"${message}\"\"\"\n", v);
        exact.add("lt ampersand quirk", "a <&b> </&c>\n", v);
        exact.add("control line at end without newline", "a\n% if message:\nb\n% endif", v);
        exact.add("empty template", "", v);
        exact.add("dollar without brace", "$x $ {y} ${'$'}\n", v);
        exact.add("expression spanning lines", "${ repr(\n  up_revision\n) }", v);
        exact.add("hash inside string", "${'#not a comment'} ${\"}\"}", v);

        // expressions and filters
        exact.add("reprs", "${repr(up_revision)} ${repr(down_revision)} ${repr(branch_labels)} ${repr(depends_on)}", one);
        exact.add("repr of message with quotes", "${repr(message)}", v.withMessage("it's a \"test\" \\ \u00e9 \u00a0\u2028"));
        exact.add("comma filter variants", "${down_revision | comma,n}|${down_revision | comma}|${depends_on | comma,n}|", v);
        exact.add("comma single", "${down_revision | comma,n}|${down_revision | comma}", one);
        exact.add("trim and str filters", "[${message | trim}] [${message | str,trim}] [${message | n}]", v.withMessage("  padded \t"));
        exact.add("repr filter from builtins", "${message | repr}", v);
        exact.add("percent formatting", "${\"%s_upgrades\" % up_revision} ${'%05d|%-4s|%r' % (42, 'ab', message)}", v);
        exact.add("context get", "${context.get('message')} ${context.get('nope', 'dflt')} ${context.get('nope')} ${context.get('len')('abc')}", v);
        exact.add("context subscript", "${context['up_revision']}", v);
        exact.add("len and index", "${len(down_revision)} ${down_revision[0]} ${down_revision[-1]} ${up_revision[1]}", v);
        exact.add("datetime attributes", "${create_date.year}-${create_date.month} ${create_date.isoformat()} ${create_date.isoformat(' ')} ${repr(create_date)} ${create_date.microsecond}", v);
        exact.add("datetime repr without seconds", "${repr(create_date)}", v.withDate(2024, 1, 15, 9, 30, 0, 0));
        exact.add("str methods", "${message.upper()} ${message.lower()} ${', '.join(down_revision)} ${message.split()} ${'a,b,,c'.split(',')} ${message.replace('e', 'E')} ${message.strip('ms')}", v);
        exact.add("lower with final sigma", "${message.lower()} ${message.upper()}", v.withMessage("ΣΑΣ_ΟΔΟΣ ΣΣ.Σ'x AʰΣʰ ß"));
        exact.add("split maxsplit", "${'  a b  c  '.split(None, 1)} ${'a-b-c'.split('-', 1)}", v);
        exact.add("boolean logic", "${'x' if not branch_labels else 'y'} ${message and up_revision} ${branch_labels or 'none'} ${not message}", v);
        exact.add("comparisons", "${up_revision == 'cef530e273d4'} ${1 < 2 <= 2} ${'a' in message} ${'017_add_asset_id' in down_revision} ${branch_labels is None} ${message is not None} ${'b' not in 'abc'}", v);
        exact.add("arithmetic", "${1 + 2} ${7 % 3} ${-7 % 3} ${2 * 3} ${'ab' * 2} ${-(3 - 5)} ${'a' 'b' \"c\"} ${(1, 'x')} ${[1, 2]} ${()} ${(1,)}", v);
        exact.add("string literals", "${'it\\'s'} ${\"tab\\tnew\\\\n\"} ${'\\x41\\u00e9\\U0001F600\\101'} ${r'raw\\n'} ${'''tri'ple'''} ${u'u'}", v);
        exact.add("undefined in conditions", "${imports if imports else ''}|${upgrades if upgrades else 'pass'}|${'x' if not downgrades else 'y'}", v);
        exact.add("config main option in 1.19", "${config.get_main_option('databases')} ${config.get_main_option('nope', 'd')} ${config.get_main_option('nope')}", modern);
        exact.add("str of None and True", "${None} ${True} ${depends_on} ${str(branch_labels)} ${str()}", v);
        exact.add("unicode text", "Übergröße — ${message} 😀\n", v.withMessage("İstanbul ΣΑΣ"));

        // failures: same exception and message as Python
        exact.add("printing UNDEFINED", "x ${imports}", v);
        exact.add("config is a string in 1.8", "${config.get_main_option('databases')}", v);
        exact.add("attribute of UNDEFINED", "${nosuch.attr}", v);
        exact.add("attribute of None", "${depends_on.attr}", v);
        exact.add("unknown str attribute", "${message.nosuch}", v);
        exact.add("unbound local", "${q}\n<%\nq = 1\n%>\n", v);
        exact.add("percent d of str", "${'%d' % message}", v);
        exact.add("not enough format args", "${'%s %s' % message}", v);
        exact.add("too many format args", "${'%s' % (1, 2)}", v);
        exact.add("ordering str and int", "${1 < 'a'}", v);
        exact.add("index out of range", "${down_revision[5]}", v);
        exact.add("None is not subscriptable", "${depends_on[0]}", v);
        exact.add("join of non-str", "${', '.join((1, 2))}", v);
        exact.add("calling a string", "${message()}", v);
        exact.add("re.split of None", "<%! import re %>${re.split(',', config.get_main_option('nope'))}", modern);
        exact.add("comma of int", "${5 | comma,n}", v);
        exact.add("context subscript KeyError", "${context['nope']}", v);
        exact.add("unclosed expression", "a ${message", v);
        exact.add("endif without if", "a\n% endif\n", v);
        exact.add("mismatched end", "% if x:\n% endfor\n", v);
        exact.add("unterminated if", "% if message:\nx\n", v);
        exact.add("illegal ternary", "% for x in down_revision:\n% elif x:\n% endfor\n", v);
        exact.add("endless keyword quirk", "% ending\n", v);
        exact.add("undefined filter", "${message | nosuchfilter}", v);

        // failures where Retort's wording differs from CPython's
        typeOnly.add("n filter with a tuple", "${down_revision | n}", v);
        typeOnly.add("n filter with None", "${depends_on | n}", v);
        typeOnly.add("trim of None with n", "${depends_on | n,trim}", v);
        exact.add("multidb options object", "<%\n    db_names = config.get_main_option(\"databases\")\n%>\n% for db_name in re.split(r',\\s*', db_names):\n${db_name}\n% endfor\n<%!\nimport re\n%>", modern.withOptions(Map.of("databases", "x1 , y2,z3")));
    }
}
