package dev.retort.runner;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps secrets out of what Retort shows or logs about a command: environment variables and
 * {@code -x} arguments whose name looks secret ({@code POSTGRES_PASSWORD}, {@code API_TOKEN})
 * are masked whole, and the password part of URL values
 * ({@code DATABASE_URL=postgresql://app:pw@db/app}) is masked. The same rule as the profile
 * store's, repeated here because {@code runner} may not depend on {@code db}.
 */
public final class Redaction {
    /** What a masked value shows. */
    public static final String MASK = "***";

    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(PASSWORD|PASSWD|PWD|PASSPHRASE|SECRET|TOKEN|CREDENTIAL|API_?KEY|PRIVATE_?KEY).*");
    /** {@code scheme://user:password@}: the password is group 2. */
    private static final Pattern URL_PASSWORD = Pattern.compile("([A-Za-z][A-Za-z0-9+.\\-]*://[^:/@\\s]*):([^@\\s]*)@");

    private Redaction() {
    }

    /** True when a variable of this name holds a secret, or its value carries a URL password. */
    public static boolean isSecret(String name, String value) {
        if (SECRET_NAME.matcher(name).matches() && !"PWD".equals(name) && !"OLDPWD".equals(name)) {
            return true;
        }
        return value != null && URL_PASSWORD.matcher(value).find();
    }

    /** The value as it may be shown: masked whole for secret names, URL passwords masked otherwise. */
    public static String mask(String name, String value) {
        if (value == null) {
            return null;
        }
        if (SECRET_NAME.matcher(name).matches() && !"PWD".equals(name) && !"OLDPWD".equals(name)) {
            return value.isEmpty() ? "" : MASK;
        }
        return maskUrlPasswords(value);
    }

    /** {@code postgresql://u:pw@h/db} becomes {@code postgresql://u:***@h/db}, anywhere in the text. */
    public static String maskUrlPasswords(String text) {
        Matcher m = URL_PASSWORD.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + ":" + MASK + "@"));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
