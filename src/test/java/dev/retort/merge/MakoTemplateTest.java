package dev.retort.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MakoTemplateTest {
    private static final Path SHIPPED = Path.of("/usr/lib/python3/dist-packages/alembic/templates");
    private static final CreateDate DATE = new CreateDate(LocalDateTime.of(2024, 1, 15, 9, 30, 0, 123456000),
            Optional.empty(), 0);

    static String resource(String name) {
        try (InputStream in = MakoTemplateTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TemplateVariables mergeHeads(AlembicFlavor flavor) {
        return TemplateVariables.forRevision("cef530e273d4", List.of("017_add_asset_id", "1687c833bfcc"), List.of(),
                List.of(), DATE, "merge heads", flavor, Map.of("databases", "engine1, engine2"));
    }

    private static String rendered(String template, TemplateVariables variables) {
        RenderResult result = MakoTemplate.parse(template).render(variables);
        assertThat(result).isInstanceOf(RenderResult.Rendered.class);
        return ((RenderResult.Rendered) result).text();
    }

    @Test
    void shippedGeneric181MatchesCapturedAlembicOutput() throws IOException {
        String template = Files.readString(SHIPPED.resolve("generic/script.py.mako"));
        assertThat(rendered(template, mergeHeads(AlembicFlavor.ALEMBIC_1_8)))
                .isEqualTo(resource("expected-1.8.1-generic.py"));
        String async = Files.readString(SHIPPED.resolve("async/script.py.mako"));
        assertThat(rendered(async, mergeHeads(AlembicFlavor.ALEMBIC_1_8)))
                .isEqualTo(resource("expected-1.8.1-generic.py"));
    }

    @Test
    void typedTemplatesOf1191MatchCapturedAlembicOutput() {
        assertThat(rendered(resource("template-1.19.1-generic.mako"), mergeHeads(AlembicFlavor.LATEST)))
                .isEqualTo(resource("expected-1.19.1-generic.py"));
        assertThat(rendered(resource("template-1.19.1-multidb.mako"), mergeHeads(AlembicFlavor.LATEST)))
                .isEqualTo(resource("expected-1.19.1-multidb.py"));
    }

    @Test
    void multidbFailsIn181BecauseConfigIsAString() throws IOException {
        MakoTemplate template = MakoTemplate.parse(Files.readAllBytes(SHIPPED.resolve("multidb/script.py.mako")));
        assertThat(template.problem()).isEmpty();
        assertThat(template.render(mergeHeads(AlembicFlavor.ALEMBIC_1_8))).isEqualTo(new RenderResult.Failed(
                "AttributeError: 'str' object has no attribute 'get_main_option'", 29));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `a\\n<%def name="x()">hi</%def>`        | <%def>                        | 2
            `<%include file="other.mako"/>`          | <%include>                    | 1
            `<%inherit file="base.mako"/>`           | <%inherit>                    | 1
            `x\\n\\n<%namespace name="n" file="f"/>` | <%namespace>                  | 3
            `<%block name="b">x</%block>`            | <%block>                      | 1
            `${message | h}`                         | Mako filter 'h'               | 1
            `a\\n${message | u}`                     | Mako filter 'u'               | 2
            `${message | x}`                         | Mako filter 'x'               | 1
            `${message | decode.utf8}`               | filter expression             | 1
            `${[d for d in down_revision]}`          | comprehension                 | 1
            `${(lambda: 1)()}`                       | lambda                        | 1
            `${sorted(down_revision)}`               | builtin sorted                | 1
            `${f"{message}"}`                        | f-string                      | 1
            `${message.title()}`                     | str.title                     | 1
            `${1.5}`                                 | float literal                 | 1
            `${ {'a': 1} }`                          | dict or set display           | 1
            `${message[1:2]}`                        | slices                        | 1
            `${loop}`                                | Mako's 'loop'                 | 1
            `<% import os %>`                        | import of os                  | 1
            `<%\\nx = 1\\ny += 1\\n%>`               | Python statement              | 1
            `<%! x = 1 %>`                           | assignment in a <%! %> block  | 1
            `% while message:\\n% endwhile`          | '% while' control line        | 1
            `% for d in down_revision:\\n% else:\\n% endfor` | for-else                | 2
            `a\\n% x = 1`                             | '% x' control line            | 2
            `${create_date.strftime('%Y')}`          | datetime.strftime             | 1
            `${config.get_section('x')}`             | config.get_section            | 1
            `${comma}`                               | printing a function object    | 1
            """)
    void constructsOutsideTheSubsetAreUnsupportedWithTheirLine(String template, String construct, int line) {
        String text = template.replace("\\n", "\n");
        RenderResult result = MakoTemplate.parse(text).render(mergeHeads(AlembicFlavor.LATEST));
        assertThat(result).isInstanceOf(RenderResult.Unsupported.class);
        RenderResult.Unsupported unsupported = (RenderResult.Unsupported) result;
        assertThat(unsupported.construct()).contains(construct);
        assertThat(unsupported.line()).isEqualTo(line);
        assertThat(unsupported.message()).contains("line " + line).contains("alembic merge");
    }

    @Test
    void makoSyntaxErrorsFailWithMakosTextAndLine() {
        assertThat(MakoTemplate.parse("% if x:\n% x = 1\n% endif").problem()).contains(new RenderResult.Failed(
                "SyntaxException: Keyword 'x' not a legal ternary for keyword 'if' at line: 2", 2));
    }

    @Test
    void unsupportedInABranchThatWouldNotRunIsStillReported() {
        String template = "a\n% if False:\n${message | h}\n% endif\n";
        assertThat(MakoTemplate.parse(template).problem()).contains(new RenderResult.Unsupported("Mako filter 'h'", 3));
    }

    @Test
    void codingCommentSelectsTheDecoderAndIsDropped() {
        byte[] latin1 = "# -*- coding: latin-1 -*-\nGr\u00fc\u00dfe ${message}\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(((RenderResult.Rendered) MakoTemplate.parse(latin1).render(mergeHeads(AlembicFlavor.LATEST))).text())
                .isEqualTo("Gr\u00fc\u00dfe merge heads\n");
        byte[] bom = "\uFEFFx".getBytes(StandardCharsets.UTF_8);
        assertThat(((RenderResult.Rendered) MakoTemplate.parse(bom).render(mergeHeads(AlembicFlavor.LATEST))).text())
                .isEqualTo("x");
        byte[] invalid = {'a', (byte) 0xff};
        assertThat(MakoTemplate.parse(invalid).problem()).get().isInstanceOf(RenderResult.Failed.class);
    }

    @Test
    void variableNamesAreAlembics() {
        assertThat(mergeHeads(AlembicFlavor.ALEMBIC_1_8).names()).containsExactly("up_revision", "down_revision",
                "branch_labels", "depends_on", "create_date", "comma", "message", "config");
    }
}
