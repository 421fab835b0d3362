package dev.retort.merge;

import dev.retort.model.python.PythonStrings;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The revision file name: {@code "%s.py" % (file_template % tokens)} with Python's
 * printf-style formatting, as {@code ScriptDirectory._rev_path} builds it.
 *
 * <p>Tokens: {@code rev}, {@code slug} (strings); {@code epoch}, {@code year}, {@code month},
 * {@code day}, {@code hour}, {@code minute}, {@code second} (ints). The template is the value
 * after ini interpolation, so {@code %%(rev)s} in alembic.ini arrives here as {@code %(rev)s}.
 */
public final class FileNamer {
    private FileNamer() {
    }

    /**
     * Formats the file name.
     *
     * @param fileTemplate {@code file_template} after ini interpolation, e.g. {@code %(rev)s_%(slug)s}
     * @param revisionId the {@code rev} token
     * @param slug the {@code slug} token (see {@link Slug})
     * @param createDate source of the date tokens
     * @return the name including {@code .py} (it may contain {@code /}), or an error naming the
     *         problem in the template: unknown token, wrong conversion for a token, bad spec
     */
    public static Attempt<String> fileName(String fileTemplate, String revisionId, String slug, CreateDate createDate) {
        Map<String, Object> tokens = new LinkedHashMap<>();
        tokens.put("rev", revisionId);
        tokens.put("slug", slug);
        tokens.put("epoch", createDate.epochSecond());
        tokens.put("year", (long) createDate.dateTime().getYear());
        tokens.put("month", (long) createDate.dateTime().getMonthValue());
        tokens.put("day", (long) createDate.dateTime().getDayOfMonth());
        tokens.put("hour", (long) createDate.dateTime().getHour());
        tokens.put("minute", (long) createDate.dateTime().getMinute());
        tokens.put("second", (long) createDate.dateTime().getSecond());
        try {
            return Attempt.ok(PercentFormat.format(fileTemplate, tokens) + ".py");
        } catch (PyError e) {
            return Attempt.failed(describe(fileTemplate, e, tokens));
        } catch (UnsupportedConstruct e) {
            return Attempt.failed("file_template " + PythonStrings.repr(fileTemplate) + " uses " + e.construct()
                    + ", which Retort does not support");
        } catch (RuntimeException e) {
            return Attempt.failed("file_template " + PythonStrings.repr(fileTemplate) + " cannot be formatted: " + e);
        }
    }

    private static String describe(String fileTemplate, PyError e, Map<String, Object> tokens) {
        String prefix = "file_template " + PythonStrings.repr(fileTemplate) + ": ";
        if (e.type().equals("KeyError")) {
            return prefix + "unknown token " + e.getMessage() + " (alembic fails with KeyError: " + e.getMessage()
                    + "); known tokens: " + String.join(", ", tokens.keySet());
        }
        return prefix + e.pythonText();
    }
}
