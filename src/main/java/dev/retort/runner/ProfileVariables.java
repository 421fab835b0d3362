package dev.retort.runner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A connection profile's environment variables as alembic gets them. Secret values are never
 * saved with a profile, so they come back empty; such a variable is not passed (an empty
 * {@code POSTGRES_PASSWORD} would hide the one the user exported) but left to the inherited
 * environment, and named so the user can be told where to set it.
 *
 * @param passed the variables to add to alembic's environment, in the profile's order
 * @param unsavedSecrets the secret-looking variables that have no saved value, in order
 */
public record ProfileVariables(Map<String, String> passed, List<String> unsavedSecrets) {

    public ProfileVariables {
        passed = Collections.unmodifiableMap(new LinkedHashMap<>(passed));
        unsavedSecrets = List.copyOf(unsavedSecrets);
    }

    /** Splits a profile's variables into those passed to alembic and the unsaved secrets. */
    public static ProfileVariables of(Map<String, String> profileVariables) {
        Map<String, String> passed = new LinkedHashMap<>();
        List<String> unsaved = new ArrayList<>();
        profileVariables.forEach((name, value) -> {
            if (value.isEmpty() && Redaction.isSecret(name, "")) {
                unsaved.add(name);
            } else {
                passed.put(name, value);
            }
        });
        return new ProfileVariables(passed, unsaved);
    }

    /** The unsaved secrets that {@code environment} does not provide either: alembic will run without them. */
    public List<String> missingFrom(Map<String, String> environment) {
        return unsavedSecrets.stream().filter(name -> !environment.containsKey(name)).toList();
    }
}
