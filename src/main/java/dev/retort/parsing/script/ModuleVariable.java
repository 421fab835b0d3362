package dev.retort.parsing.script;

/** The module-level names alembic reads from a revision script. */
public enum ModuleVariable {
    REVISION("revision"),
    DOWN_REVISION("down_revision"),
    BRANCH_LABELS("branch_labels"),
    DEPENDS_ON("depends_on");

    private static final ModuleVariable[] ALL = values();

    private final String pythonName;

    ModuleVariable(String pythonName) {
        this.pythonName = pythonName;
    }

    /** The identifier as written in Python. */
    public String pythonName() {
        return pythonName;
    }

    /** The variable called {@code name}, or {@code null}. */
    static ModuleVariable byName(CharSequence name) {
        for (ModuleVariable v : ALL) {
            if (v.pythonName.contentEquals(name)) {
                return v;
            }
        }
        return null;
    }

    static ModuleVariable byOrdinal(int ordinal) {
        return ALL[ordinal];
    }
}
