package dev.retort.db;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;
import org.sqlite.SQLiteConfig;

/**
 * The JDBC URL and connection properties for a profile: read-only, with timeouts, and with the
 * password added only at the moment of connecting.
 *
 * @param kind which driver
 * @param url the JDBC URL; never holds a password
 * @param properties driver properties; never hold a password (a copy gets it in {@link #connect})
 */
public record JdbcTarget(DbKind kind, String url, Properties properties) {

    public JdbcTarget {
        Properties copy = new Properties();
        copy.putAll(properties);
        properties = copy;
    }

    @Override
    public Properties properties() {
        Properties copy = new Properties();
        copy.putAll(properties);
        return copy;
    }

    /** The URL and properties for {@code profile}. */
    public static JdbcTarget of(ConnectionProfile profile, Timeouts timeouts) {
        return profile.kind() == DbKind.SQLITE ? sqlite(profile, timeouts) : postgres(profile, timeouts);
    }

    private static JdbcTarget postgres(ConnectionProfile profile, Timeouts timeouts) {
        String host = profile.host().contains(":") ? "[" + profile.host() + "]" : profile.host();
        String url = "jdbc:postgresql://" + host + ":" + profile.port() + "/"
                + URLEncoder.encode(profile.effectiveDatabase(), StandardCharsets.UTF_8).replace("+", "%20");
        Properties p = new Properties();
        p.setProperty("user", profile.effectiveUser());
        p.setProperty("sslmode", profile.sslMode().isEmpty() ? ConnectionProfile.DEFAULT_SSL_MODE : profile.sslMode());
        if (!profile.options().isEmpty()) {
            p.setProperty("options", profile.options());
        }
        p.setProperty("connectTimeout", Integer.toString(timeouts.connectSeconds()));
        // the login covers connect, SSL negotiation and authentication
        p.setProperty("loginTimeout", Integer.toString(timeouts.connectSeconds() * 2));
        p.setProperty("socketTimeout", Integer.toString(timeouts.querySeconds()));
        // read-only twice over: the session default and pgjdbc wrapping every statement
        p.setProperty("readOnly", "true");
        p.setProperty("readOnlyMode", "always");
        p.setProperty("ApplicationName", "retort");
        p.setProperty("assumeMinServerVersion", "9.0");
        return new JdbcTarget(DbKind.POSTGRESQL, url, p);
    }

    private static JdbcTarget sqlite(ConnectionProfile profile, Timeouts timeouts) {
        SQLiteConfig config = new SQLiteConfig();
        // SQLITE_OPEN_READONLY: never creates the file, never writes, even by accident
        config.setReadOnly(true);
        config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, timeouts.connect().toMillis()));
        return new JdbcTarget(DbKind.SQLITE, "jdbc:sqlite:" + profile.database(), config.toProperties());
    }

    /**
     * Opens a connection with the driver of this kind directly (not through
     * {@code DriverManager}, so no other registered driver can pick the URL up).
     *
     * @param password empty for none; only its copy in the driver's properties ever becomes a string
     */
    Connection connect(Secret password) throws SQLException {
        Properties p = properties();
        if (kind == DbKind.POSTGRESQL) {
            // Always set, even empty: without it pgjdbc reads ~/.pgpass on its own, skipping libpq's
            // permission rule and the profile's choice of password source.
            p.setProperty("password", password.revealForDriver());
        }
        Driver driver = kind == DbKind.POSTGRESQL ? new org.postgresql.Driver() : new org.sqlite.JDBC();
        Connection connection = driver.connect(url, p);
        if (connection == null) {
            throw new SQLException("The " + kind + " driver did not accept the URL " + url, "08001");
        }
        return connection;
    }

    @Override
    public String toString() {
        return "JdbcTarget[" + kind + " " + url + " " + properties.keySet() + "]";
    }
}
