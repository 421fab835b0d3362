package dev.retort.runner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedactionTest {
    @Test
    void secretNamesAndUrlPasswords() {
        assertThat(Redaction.isSecret("POSTGRES_PASSWORD", "x")).isTrue();
        assertThat(Redaction.isSecret("api_token", "x")).isTrue();
        assertThat(Redaction.isSecret("DB_PWD", "x")).isTrue();
        assertThat(Redaction.isSecret("PWD", "/home/me")).isFalse();
        assertThat(Redaction.isSecret("POSTGRES_HOST", "localhost")).isFalse();
        assertThat(Redaction.isSecret("DATABASE_URL", "postgresql://u:pw@h/db")).isTrue();
        assertThat(Redaction.isSecret("DATABASE_URL", "postgresql://u@h/db")).isFalse();
        assertThat(Redaction.mask("POSTGRES_PASSWORD", "x")).isEqualTo("***");
        assertThat(Redaction.mask("POSTGRES_PASSWORD", "")).isEmpty();
        assertThat(Redaction.mask("DATABASE_URL", "postgresql+psycopg2://u:p%40ss@h:5432/db?x=1"))
                .isEqualTo("postgresql+psycopg2://u:***@h:5432/db?x=1");
        assertThat(Redaction.maskUrlPasswords("a mysql://r:pw@h/x and sqlite:///x.db"))
                .isEqualTo("a mysql://r:***@h/x and sqlite:///x.db");
    }
}
