package dev.retort.ui.details;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.ui.details.PythonTokenizer.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlTokenizerTest {
    private static List<String> pieces(String sql, Kind kind) {
        return SqlTokenizer.tokenize(sql).stream().filter(t -> t.kind() == kind)
                .map(t -> sql.substring(t.start(), t.end())).toList();
    }

    @Test
    void alembicsOfflineOutputIsColouredByKind() {
        String sql = "-- Running upgrade 016 -> 017\n\nALTER TABLE questionnaire_responses ADD COLUMN asset_id "
                + "INTEGER;\n\nUPDATE alembic_version SET version_num='017_x' WHERE alembic_version.version_num = "
                + "'016''s';\n/* done */ COMMIT;";
        assertThat(pieces(sql, Kind.COMMENT)).containsExactly("-- Running upgrade 016 -> 017", "/* done */");
        assertThat(pieces(sql, Kind.KEYWORD)).containsExactly("ALTER", "TABLE", "ADD", "COLUMN", "UPDATE", "SET",
                "WHERE", "COMMIT");
        assertThat(pieces(sql, Kind.STRING)).containsExactly("'017_x'", "'016''s'");
        assertThat(pieces(sql, Kind.DEFINITION)).containsExactly("INTEGER");
    }

    @Test
    void theTokensCoverTheWholeTextInOrder() {
        String sql = "CREATE TABLE \"a b\" (id INTEGER NOT NULL, n NUMERIC(10, 2), s VARCHAR(32));\nINSERT INTO x "
                + "VALUES (1, 'unterminated";
        StringBuilder joined = new StringBuilder();
        int at = 0;
        for (PythonTokenizer.Token t : SqlTokenizer.tokenize(sql)) {
            assertThat(t.start()).isEqualTo(at);
            joined.append(sql, t.start(), t.end());
            at = t.end();
        }
        assertThat(joined.toString()).isEqualTo(sql);
        assertThat(pieces(sql, Kind.NUMBER)).containsExactly("10", "2", "32", "1");
        assertThat(pieces(sql, Kind.BUILTIN)).containsExactly("\"a b\"");
    }
}
