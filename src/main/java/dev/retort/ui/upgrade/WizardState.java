package dev.retort.ui.upgrade;

import java.util.EnumSet;
import java.util.Set;

/**
 * The upgrade wizard's states and the only moves between them:
 * <pre>
 * PLANNING -> PREVIEWING -> PREVIEWED -> RUNNING -> VERIFYING -> VERIFIED
 *    ^  \________(run without preview)____^  \-> CANCELLING -^        |
 *    |<-- back ----/-----------/                                      |
 *    \<------------------------- plan again -------------------------/
 * </pre>
 * A run always ends in VERIFYING, whatever its outcome: the database is re-read after a failure
 * or a cancel too, to show where alembic left it.
 */
public enum WizardState {
    /** Choosing database, operation and target; the plan follows every change. */
    PLANNING(Step.PLAN),
    /** alembic {@code --sql} runs. */
    PREVIEWING(Step.PREVIEW),
    /** The SQL (or why there is none) is shown. */
    PREVIEWED(Step.PREVIEW),
    /** alembic runs against the database. */
    RUNNING(Step.RUN),
    /** Cancel was asked for; the process tree is being ended. */
    CANCELLING(Step.RUN),
    /** The run ended; the database is being re-read. */
    VERIFYING(Step.VERIFY),
    /** The checks are shown. */
    VERIFIED(Step.VERIFY);

    /** The wizard's pages, in order. */
    public enum Step {
        PLAN("Plan"), PREVIEW("Preview SQL"), RUN("Run"), VERIFY("Verify");

        private final String title;

        Step(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    private final Step step;

    WizardState(Step step) {
        this.step = step;
    }

    /** The page this state shows. */
    public Step step() {
        return step;
    }

    /** The states this one may move to. */
    public Set<WizardState> next() {
        return switch (this) {
            case PLANNING -> EnumSet.of(PREVIEWING, RUNNING);
            case PREVIEWING -> EnumSet.of(PREVIEWED, PLANNING);
            case PREVIEWED -> EnumSet.of(PLANNING, RUNNING);
            case RUNNING -> EnumSet.of(CANCELLING, VERIFYING);
            case CANCELLING -> EnumSet.of(VERIFYING);
            case VERIFYING -> EnumSet.of(VERIFIED);
            case VERIFIED -> EnumSet.of(PLANNING);
        };
    }

    public boolean canMoveTo(WizardState target) {
        return next().contains(target);
    }

    /** True while alembic runs or is being stopped: the wizard must not be closed silently. */
    public boolean alembicRunning() {
        return this == RUNNING || this == CANCELLING;
    }
}
