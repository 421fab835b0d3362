package dev.retort.ui.db;

import dev.retort.db.ConnectionProfile;
import dev.retort.db.Secret;
import java.util.Optional;

/**
 * Asks for a profile's password, on the FX thread, when its source is "prompt" and this session
 * has none yet. The answer is kept in memory only ({@link Secret}), never written or shown.
 */
@FunctionalInterface
public interface PasswordPrompt {
    /**
     * @param profile whose password is wanted (name, user and target are shown)
     * @param reason why it is asked again, e.g. the server's refusal; empty the first time
     * @return the password, or empty when the user cancels
     */
    Optional<Secret> ask(ConnectionProfile profile, Optional<String> reason);

    /** Never answers: profiles that need a password say so instead. */
    PasswordPrompt NONE = (profile, reason) -> Optional.empty();
}
