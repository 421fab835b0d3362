package dev.retort.db;

import java.util.regex.Pattern;

/**
 * Tells which environment variables of a profile hold secrets, so they are masked in
 * {@code toString} and never written to the profile file.
 */
final class SecretEnvironment {
    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|CREDENTIAL|API_?KEY|PRIVATE_?KEY).*");

    private SecretEnvironment() {
    }

    /**
     * True for names like {@code POSTGRES_PASSWORD} or {@code API_TOKEN}, and for values that are
     * URLs carrying a password ({@code DATABASE_URL=postgresql://u:pw@h/db}).
     */
    static boolean isSecret(String name, String value) {
        if (SECRET_NAME.matcher(name).matches()) {
            return true;
        }
        if (value == null || !value.contains("://")) {
            return false;
        }
        return SqlAlchemyUrl.parse(value).url()
                .flatMap(SqlAlchemyUrl::password)
                .map(p -> !p.isEmpty())
                .orElse(false);
    }
}
