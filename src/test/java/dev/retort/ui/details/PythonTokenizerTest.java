package dev.retort.ui.details;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.ui.details.PythonTokenizer.Kind;
import dev.retort.ui.details.PythonTokenizer.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class PythonTokenizerTest {
    private static final String SOURCE = """
            \"\"\"add users

            Revision ID: abc
            \"\"\"
            from alembic import op  # the usual
            revision = 'abc'
            down_revision = rb"x\\"y"


            @decorator.name
            def upgrade():
                op.execute("SELECT 1")
                return 42
            """;

    @Test
    void tokensCoverTheTextExactly() {
        List<Token> tokens = PythonTokenizer.tokenize(SOURCE);
        StringBuilder joined = new StringBuilder();
        int at = 0;
        for (Token t : tokens) {
            assertThat(t.start()).isEqualTo(at);
            joined.append(SOURCE, t.start(), t.end());
            at = t.end();
        }
        assertThat(joined.toString()).isEqualTo(SOURCE);
    }

    @Test
    void recognisesTheUsualPieces() {
        List<Token> tokens = PythonTokenizer.tokenize(SOURCE);
        assertThat(text(tokens, Kind.STRING)).containsExactly("\"\"\"add users\n\nRevision ID: abc\n\"\"\"", "'abc'",
                "rb\"x\\\"y\"", "\"SELECT 1\"");
        assertThat(text(tokens, Kind.COMMENT)).containsExactly("# the usual");
        assertThat(text(tokens, Kind.KEYWORD)).containsExactly("from", "import", "def", "return");
        assertThat(text(tokens, Kind.DEFINITION)).containsExactly("upgrade");
        assertThat(text(tokens, Kind.DECORATOR)).containsExactly("@decorator.name");
        assertThat(text(tokens, Kind.NUMBER)).containsExactly("42");
    }

    @Test
    void anUnterminatedStringRunsToTheEndWithoutFailing() {
        List<Token> tokens = PythonTokenizer.tokenize("x = '''never closed");
        assertThat(tokens.get(tokens.size() - 1).kind()).isEqualTo(Kind.STRING);
    }

    private static List<String> text(List<Token> tokens, Kind kind) {
        return tokens.stream().filter(t -> t.kind() == kind).map(t -> SOURCE.length() >= t.end()
                ? SOURCE.substring(t.start(), t.end()) : "").toList();
    }
}
