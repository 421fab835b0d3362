package dev.retort.merge;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code script.py.mako} compiled for Retort's Mako subset: literal text, {@code ${expr}}
 * with the filters {@code n}, {@code str}, {@code trim} and context functions such as
 * {@code comma}, {@code % if/elif/else/endif}, {@code % for/endfor}, {@code ##} comments,
 * {@code <%doc>}, {@code <%text>}, {@code \} line continuation, and {@code <% %>} /
 * {@code <%! %>} blocks holding {@code import re} and simple assignments. Expressions are a
 * Python subset (names, literals, attributes, calls, conditionals, comparisons, {@code %}
 * formatting) evaluated with Python semantics.
 *
 * <p>Whitespace follows Mako exactly: control and comment lines vanish with their newline,
 * code blocks vanish but the newline after {@code %>} stays. Anything outside the subset is an
 * {@link RenderResult.Unsupported}, found at compile time where possible.
 */
public final class MakoTemplate {
    private static final Pattern CODING = Pattern.compile("#.*coding[:=]\\s*([-\\w.]+).*\\r?\\n",
            Pattern.UNIX_LINES | Pattern.UNICODE_CHARACTER_CLASS);

    private final MakoCompiler.Compiled compiled;
    private final RenderResult problem;

    private MakoTemplate(MakoCompiler.Compiled compiled, RenderResult problem) {
        this.compiled = compiled;
        this.problem = problem;
    }

    /** Compiles template text. Never throws; problems show up in {@link #problem()} and {@link #render}. */
    public static MakoTemplate parse(String text) {
        try {
            List<MakoNode> nodes = MakoLexer.lex(text);
            return new MakoTemplate(MakoCompiler.compile(nodes), null);
        } catch (PyError e) {
            return new MakoTemplate(null, new RenderResult.Failed(e.pythonText(), e.line()));
        } catch (UnsupportedConstruct e) {
            return new MakoTemplate(null, new RenderResult.Unsupported(e.construct(), e.line()));
        } catch (RuntimeException | StackOverflowError e) {
            return new MakoTemplate(null, new RenderResult.Unsupported("template Retort cannot compile (" + e + ")", 0));
        }
    }

    /**
     * Decodes the file bytes as Mako does (UTF-8 BOM, else a {@code coding:} comment on the first
     * line, else UTF-8) and compiles them.
     */
    public static MakoTemplate parse(byte[] bytes) {
        Charset charset = StandardCharsets.UTF_8;
        int offset = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            offset = 3;
        } else {
            Matcher m = CODING.matcher(new String(bytes, StandardCharsets.ISO_8859_1));
            if (m.lookingAt()) {
                Optional<Charset> named = PythonCodecs.charset(m.group(1));
                if (named.isEmpty()) {
                    return new MakoTemplate(null, new RenderResult.Unsupported("encoding " + m.group(1), 1));
                }
                charset = named.get();
            }
        }
        try {
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
            return parse(text);
        } catch (CharacterCodingException e) {
            return new MakoTemplate(null, new RenderResult.Failed(
                    "CompileException: Unicode decode operation of encoding '" + charset.name().toLowerCase(
                            java.util.Locale.ROOT) + "' failed", 0));
        }
    }

    /** Why this template cannot be rendered at all, if it cannot. */
    public Optional<RenderResult> problem() {
        return Optional.ofNullable(problem);
    }

    /** Renders with the given variables; never throws. */
    public RenderResult render(TemplateVariables variables) {
        if (problem != null) {
            return problem;
        }
        MakoRuntime runtime = new MakoRuntime(variables.values(), compiled.localNames());
        try {
            return new RenderResult.Rendered(runtime.render(compiled));
        } catch (PyError e) {
            return new RenderResult.Failed(e.pythonText(), runtime.line());
        } catch (UnsupportedConstruct e) {
            return new RenderResult.Unsupported(e.construct(), e.line() > 0 ? e.line() : runtime.line());
        } catch (RuntimeException | StackOverflowError e) {
            return new RenderResult.Unsupported("something Retort cannot evaluate (" + e + ")", runtime.line());
        }
    }
}
