package dev.retort.merge;

/**
 * The outcome of rendering a {@code script.py.mako}: the whole text, or why there is none.
 * Never a partial rendering.
 */
public sealed interface RenderResult {
    /** The rendered text, exactly what Mako's {@code render_unicode} returns. */
    record Rendered(String text) implements RenderResult {
    }

    /**
     * The template uses something outside the Mako/Python subset Retort renders; the real
     * alembic may well handle it, so the user should run {@code alembic merge} instead.
     *
     * @param construct what it is, e.g. {@code <%def>} or {@code Mako filter 'h'}
     * @param line 1-based template line, 0 if unknown
     */
    record Unsupported(String construct, int line) implements RenderResult {
        public String message() {
            return "script.py.mako" + (line > 0 ? " line " + line : "") + " uses " + construct
                    + ", which Retort cannot render; run alembic merge instead";
        }
    }

    /**
     * Rendering fails in Mako too: alembic would report {@code Template rendering failed} (or
     * crash, for template syntax errors).
     *
     * @param error the Python exception, e.g.
     *        {@code AttributeError: 'str' object has no attribute 'get_main_option'}
     * @param line 1-based template line, 0 if unknown
     */
    record Failed(String error, int line) implements RenderResult {
        public String message() {
            return "script.py.mako" + (line > 0 ? " line " + line : "") + ": " + error;
        }
    }
}
