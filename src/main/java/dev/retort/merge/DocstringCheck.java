package dev.retort.merge;

import dev.retort.model.python.PythonEscapes;
import java.util.Optional;

/**
 * Whether the message breaks the {@code """${message}} docstring every shipped template starts
 * with. alembic writes such a file anyway, then crashes with a {@code SyntaxError} when it loads
 * it back; Retort refuses instead.
 */
final class DocstringCheck {
    private DocstringCheck() {
    }

    /** Why the rendered file would not compile, or empty. Only checks a message opening a {@code """} string. */
    static Optional<String> problem(String message, String renderedText) {
        if (message == null || message.isEmpty() || !renderedText.contains("\"\"\"" + message)) {
            return Optional.empty();
        }
        if (message.contains("\"\"\"")) {
            return Optional.of("The message contains \"\"\", which ends the file's docstring early");
        }
        PythonEscapes.Result decoded = PythonEscapes.decode(message, 0, message.length(), false);
        if (!decoded.ok()) {
            int at = decoded.errorAt();
            return Optional.of("The message contains an invalid Python escape (" + decoded.error()
                    + ") near \"" + message.substring(at, Math.min(message.length(), at + 10))
                    + "\"; write \\\\ for a backslash");
        }
        return Optional.empty();
    }
}
