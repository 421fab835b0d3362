package dev.retort.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parses the same URLs with SQLAlchemy's own {@code make_url} and with {@link SqlAlchemyUrl}. */
class SqlAlchemyUrlDifferentialTest {

    private static final List<String> URLS = List.of(
            "postgresql://scott:tiger@localhost/mydatabase",
            "postgresql+psycopg2://scott:tiger@localhost:5432/mydatabase",
            "postgresql+asyncpg://user:p+ss@db.internal:6432/app?prepared_statement_cache_size=0",
            "postgres://u:p@h/db",
            "postgresql://us%40er:p%3Ass%40w@[::1]:5433/my%20db?sslmode=require&a=1&a=2",
            "postgresql://u:p@w@h/d",
            "postgresql://:pw@host/db",
            "postgresql://u:@h/d",
            "postgresql://user@/db",
            "postgresql:///db?host=/var/run/postgresql",
            "postgresql://h/d?a=&b&c=1&&d=%zz&e=x+y%2Bz",
            "postgresql://h/d?options=-csearch_path%3Dapp%2Cpublic",
            "postgresql://%E2%82%ACuser:pa%ZZss@h%C3%A9st:1/d%41b",
            "postgresql://u:%F0%9F%94%91@h/d",
            "postgresql://",
            "postgresql://h:/d",
            "sqlite://",
            "sqlite:///",
            "sqlite:///relative.db",
            "sqlite:////abs/path.db",
            "sqlite:///:memory:",
            "sqlite+pysqlite:///file:data.db?mode=ro&uri=true",
            "mysql+pymysql://u:p@h:3306/db?charset=utf8mb4",
            "oracle+cx_oracle://u:p@tnsname",
            "my_dialect+my_driver://x",
            "postgresql://u:p@h/d?k=v#frag");

    @Test
    void sameComponentsAndReprAsSqlAlchemy(@TempDir Path dir) throws IOException {
        ExternalTools.requireSqlAlchemy();
        Path input = dir.resolve("urls.json");
        JsonArray array = new JsonArray();
        URLS.forEach(array::add);
        Files.writeString(input, array.toString());
        Path script = dir.resolve("parse.py");
        Files.writeString(script, """
                import json, sys
                from sqlalchemy.engine.url import make_url
                out = []
                for text in json.load(open(sys.argv[1])):
                    try:
                        u = make_url(text)
                        out.append({"drivername": u.drivername, "username": u.username, "password": u.password,
                                    "host": u.host, "port": u.port, "database": u.database,
                                    "query": {k: list(v) if isinstance(v, tuple) else [v] for k, v in u.query.items()},
                                    "repr": repr(u)})
                    except Exception as e:
                        out.append({"error": type(e).__name__})
                print(json.dumps(out))
                """);
        ExternalTools.Result result = ExternalTools.run(dir, Map.of(),
                List.of(ExternalTools.PYTHON, script.toString(), input.toString()));
        assertThat(result.exitCode()).as(result.stderr()).isZero();
        JsonArray expected = JsonParser.parseString(result.stdout()).getAsJsonArray();

        for (int i = 0; i < URLS.size(); i++) {
            String text = URLS.get(i);
            JsonObject python = expected.get(i).getAsJsonObject();
            SqlAlchemyUrl.Parsed parsed = SqlAlchemyUrl.parse(text);
            if (python.has("error")) {
                assertThat(parsed.ok()).as(text).isFalse();
                continue;
            }
            SqlAlchemyUrl u = parsed.url().orElseThrow(() -> new AssertionError("Retort rejected " + text));
            assertThat(u.drivername()).as(text).isEqualTo(str(python, "drivername"));
            assertThat(u.username().orElse(null)).as(text).isEqualTo(str(python, "username"));
            assertThat(u.password().map(p -> new String(p.reveal())).orElse(null)).as(text)
                    .isEqualTo(str(python, "password"));
            assertThat(u.host().orElse(null)).as(text).isEqualTo(str(python, "host"));
            Integer port = python.get("port").isJsonNull() ? null : python.get("port").getAsInt();
            assertThat(u.port().isPresent() ? u.port().getAsInt() : null).as(text).isEqualTo(port);
            assertThat(u.database().orElse(null)).as(text).isEqualTo(str(python, "database"));
            Map<String, List<String>> query = new LinkedHashMap<>();
            python.getAsJsonObject("query").entrySet().forEach(e -> {
                List<String> values = new ArrayList<>();
                e.getValue().getAsJsonArray().forEach(v -> values.add(v.getAsString()));
                query.put(e.getKey(), values);
            });
            assertThat(u.query()).as(text).isEqualTo(query);
            assertThat(u.displayString()).as(text).isEqualTo(str(python, "repr"));
        }
    }

    private static String str(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }
}
