package dev.retort.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretTest {

    @Test
    void toStringNeverShowsTheCharacters() {
        Secret secret = Secret.of("hunter2".toCharArray());
        assertThat(secret.toString()).isEqualTo("Secret[***]").doesNotContain("hunter2");
        assertThat(String.valueOf(secret)).doesNotContain("hunter2");
        assertThat(Secret.none().toString()).isEqualTo("Secret[none]");
    }

    @Test
    void revealGivesACopyAndClearWipes() {
        Secret secret = Secret.of("pw");
        char[] copy = secret.reveal();
        copy[0] = 'x';
        assertThat(new String(secret.reveal())).isEqualTo("pw");
        secret.clear();
        assertThat(secret.isEmpty()).isTrue();
        Secret.none().clear();
        assertThat(Secret.none().isEmpty()).isTrue();
    }

    @Test
    void scrubMasksEveryOccurrence() {
        Secret secret = Secret.of("s3cret");
        assertThat(secret.scrub("user s3cret at s3cret-host")).isEqualTo("user *** at ***-host");
        assertThat(Secret.none().scrub("anything")).isEqualTo("anything");
    }
}
