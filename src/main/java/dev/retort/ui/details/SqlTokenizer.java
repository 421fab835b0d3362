package dev.retort.ui.details;

import dev.retort.ui.details.PythonTokenizer.Kind;
import dev.retort.ui.details.PythonTokenizer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits SQL (what {@code alembic upgrade --sql} prints) into coloured pieces: {@code --} and
 * block comments, string literals, keywords, type names, quoted identifiers and numbers. Only
 * for colouring, in the same kinds as {@link PythonTokenizer} so {@link SourceView} shows both.
 */
public final class SqlTokenizer {
    static final Set<String> KEYWORDS = Set.of("ADD", "ALTER", "AND", "AS", "ASC", "BEGIN", "BY", "CASCADE",
            "CHECK", "COLUMN", "COMMIT", "CONSTRAINT", "CREATE", "DEFAULT", "DELETE", "DESC", "DISTINCT", "DROP",
            "END", "EXISTS", "FOREIGN", "FROM", "GRANT", "IF", "IN", "INDEX", "INSERT", "INTO", "IS", "JOIN", "KEY",
            "NOT", "NULL", "ON", "OR", "ORDER", "PRIMARY", "REFERENCES", "RENAME", "ROLLBACK", "SELECT", "SET",
            "TABLE", "TO", "TRANSACTION", "TYPE", "UNIQUE", "UPDATE", "USING", "VALUES", "VIEW", "WHERE", "WITH");
    static final Set<String> TYPES = Set.of("BIGINT", "BOOLEAN", "CHAR", "DATE", "DATETIME", "FLOAT", "INTEGER",
            "JSON", "JSONB", "NUMERIC", "REAL", "SERIAL", "SMALLINT", "TEXT", "TIME", "TIMESTAMP", "UUID", "VARCHAR");

    private SqlTokenizer() {
    }

    public static List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        int plainStart = 0;
        while (i < n) {
            char c = text.charAt(i);
            int end = -1;
            Kind kind = null;
            if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
                end = text.indexOf('\n', i);
                end = end < 0 ? n : end;
                kind = Kind.COMMENT;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int close = text.indexOf("*/", i + 2);
                end = close < 0 ? n : close + 2;
                kind = Kind.COMMENT;
            } else if (c == '\'' || c == '"') {
                end = quoted(text, i, c);
                kind = c == '\'' ? Kind.STRING : Kind.BUILTIN;
            } else if (Character.isDigit(c) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))
                    && text.charAt(i - 1) != '_')) {
                end = i + 1;
                while (end < n && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '.')) {
                    end++;
                }
                kind = Kind.NUMBER;
            } else if (Character.isLetter(c) || c == '_') {
                end = i + 1;
                while (end < n && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                    end++;
                }
                String word = text.substring(i, end).toUpperCase(Locale.ROOT);
                kind = KEYWORDS.contains(word) ? Kind.KEYWORD : TYPES.contains(word) ? Kind.DEFINITION : null;
            }
            if (kind == null) {
                i = end < 0 ? i + 1 : end;
                continue;
            }
            if (plainStart < i) {
                out.add(new Token(Kind.PLAIN, plainStart, i));
            }
            out.add(new Token(kind, i, end));
            i = end;
            plainStart = end;
        }
        if (plainStart < n) {
            out.add(new Token(Kind.PLAIN, plainStart, n));
        }
        return out;
    }

    /** The end of a quoted run; a doubled quote is an escaped one. */
    private static int quoted(String text, int start, char quote) {
        int i = start + 1;
        while (i < text.length()) {
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return text.length();
    }
}
