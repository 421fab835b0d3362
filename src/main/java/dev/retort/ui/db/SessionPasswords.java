package dev.retort.ui.db;

import dev.retort.db.ConnectionProfile;
import dev.retort.db.Secret;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Passwords typed in this session, in memory only. Each is tied to the server, database and
 * user it was typed for, so editing a profile's host or user never sends it somewhere else.
 */
final class SessionPasswords {
    private record Key(String name, String host, int port, String database, String user) {
        static Key of(ConnectionProfile p) {
            return new Key(p.name(), p.host(), p.port(), p.effectiveDatabase(), p.effectiveUser());
        }
    }

    private final Map<Key, Secret> secrets = new HashMap<>();

    Optional<Secret> get(ConnectionProfile profile) {
        return Optional.ofNullable(secrets.get(Key.of(profile))).flatMap(Secret::nonEmpty);
    }

    void put(ConnectionProfile profile, Secret secret) {
        Secret old = secrets.put(Key.of(profile), secret);
        if (old != null && old != secret) {
            old.clear();
        }
    }

    /** Forgets (and wipes) the password of this profile, e.g. after the server refused it. */
    void forget(ConnectionProfile profile) {
        Secret old = secrets.remove(Key.of(profile));
        if (old != null) {
            old.clear();
        }
    }

    /** Keeps a password when a profile is only renamed. */
    void rename(ConnectionProfile before, ConnectionProfile after) {
        Secret secret = secrets.remove(Key.of(before));
        if (secret != null) {
            secrets.put(Key.of(after), secret);
        }
    }

    void clear() {
        secrets.values().forEach(Secret::clear);
        secrets.clear();
    }
}
