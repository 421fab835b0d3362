package dev.retort.merge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The names alembic's {@code generate_revision} passes to {@code script.py.mako}:
 * {@code up_revision}, {@code down_revision}, {@code branch_labels}, {@code depends_on},
 * {@code create_date}, {@code comma}, {@code message} and {@code config}. {@code imports},
 * {@code upgrades} and {@code downgrades} are deliberately absent (Mako's UNDEFINED), as with
 * {@code alembic merge}.
 */
public final class TemplateVariables {
    private final Map<String, Object> values;

    private TemplateVariables(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /**
     * The variables for a new revision.
     *
     * @param upRevision the new revision id
     * @param downRevisions resolved parents in order: none gives {@code None}, one a string,
     *        several a tuple ({@code tuple_rev_as_scalar})
     * @param branchLabels {@code --branch-label} values; empty gives {@code None}
     * @param dependsOn resolved dependencies; empty gives {@code None} (always, for merge)
     * @param createDate the create date
     * @param message the {@code -m} text, or {@code null} for {@code "empty message"}
     * @param flavor decides whether {@code config} is the string {@code "config"} or a config object
     * @param mainOptions the {@code [alembic]} section for {@code config.get_main_option}
     */
    public static TemplateVariables forRevision(String upRevision, List<String> downRevisions,
            List<String> branchLabels, List<String> dependsOn, CreateDate createDate, String message,
            AlembicFlavor flavor, Map<String, String> mainOptions) {
        Objects.requireNonNull(upRevision, "upRevision");
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("up_revision", upRevision);
        values.put("down_revision", scalarOrTuple(downRevisions));
        values.put("branch_labels", branchLabels.isEmpty() ? PySpecial.NONE : PyTuple.ofStrings(branchLabels));
        values.put("depends_on", scalarOrTuple(dependsOn));
        values.put("create_date", new TemplateObjects.DateTimeValue(createDate));
        values.put("comma", PyBuiltins.COMMA);
        values.put("message", message != null ? message : "empty message");
        values.put("config", flavor.passesConfigObject()
                ? new TemplateObjects.ConfigObject(Map.copyOf(mainOptions))
                // alembic 1.7.0 - 1.9.3 pass the literal string (command.merge's template_args)
                : "config");
        return new TemplateVariables(values);
    }

    /** {@code revision.tuple_rev_as_scalar}. */
    private static Object scalarOrTuple(List<String> ids) {
        if (ids.isEmpty()) {
            return PySpecial.NONE;
        }
        return ids.size() == 1 ? ids.get(0) : PyTuple.ofStrings(ids);
    }

    Map<String, Object> values() {
        return values;
    }

    /** The variable names, for display. */
    public List<String> names() {
        return List.copyOf(values.keySet());
    }
}
