package dev.retort.ui.upgrade;

import static dev.retort.ui.upgrade.WizardState.CANCELLING;
import static dev.retort.ui.upgrade.WizardState.PLANNING;
import static dev.retort.ui.upgrade.WizardState.PREVIEWED;
import static dev.retort.ui.upgrade.WizardState.PREVIEWING;
import static dev.retort.ui.upgrade.WizardState.RUNNING;
import static dev.retort.ui.upgrade.WizardState.VERIFIED;
import static dev.retort.ui.upgrade.WizardState.VERIFYING;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The wizard's state machine: the moves the model may make, and no others. */
class WizardStateTest {

    @Test
    void theMovesAreExactlyTheDocumentedOnes() {
        assertThat(PLANNING.next()).containsExactlyInAnyOrder(PREVIEWING, RUNNING);
        assertThat(PREVIEWING.next()).containsExactlyInAnyOrder(PREVIEWED, PLANNING);
        assertThat(PREVIEWED.next()).containsExactlyInAnyOrder(PLANNING, RUNNING);
        assertThat(RUNNING.next()).containsExactlyInAnyOrder(CANCELLING, VERIFYING);
        assertThat(CANCELLING.next()).containsExactly(VERIFYING);
        assertThat(VERIFYING.next()).containsExactly(VERIFIED);
        assertThat(VERIFIED.next()).containsExactly(PLANNING);
    }

    @Test
    void aRunCanOnlyEndInVerifyingAndNothingSkipsTheVerification() {
        for (WizardState s : WizardState.values()) {
            if (s.alembicRunning()) {
                assertThat(s.next()).allMatch(n -> n == CANCELLING || n == VERIFYING);
            }
            assertThat(s.canMoveTo(VERIFIED)).isEqualTo(s == VERIFYING);
            assertThat(s.canMoveTo(s)).as("no state moves to itself").isFalse();
        }
        assertThat(PLANNING.canMoveTo(VERIFYING)).isFalse();
        assertThat(PREVIEWING.canMoveTo(RUNNING)).as("Run waits for the preview, or Back").isFalse();
    }

    @Test
    void everyStateIsReachableFromPlanningAndLeadsBackToIt() {
        Set<WizardState> seen = EnumSet.of(PLANNING);
        Deque<WizardState> todo = new ArrayDeque<>(Set.of(PLANNING));
        while (!todo.isEmpty()) {
            for (WizardState n : todo.pop().next()) {
                if (seen.add(n)) {
                    todo.push(n);
                }
            }
        }
        assertThat(seen).containsExactlyInAnyOrder(WizardState.values());
        assertThat(VERIFIED.canMoveTo(PLANNING)).isTrue();
    }

    @Test
    void statesBelongToTheirPagesInOrder() {
        assertThat(PLANNING.step()).isEqualTo(WizardState.Step.PLAN);
        assertThat(PREVIEWED.step()).isEqualTo(WizardState.Step.PREVIEW);
        assertThat(CANCELLING.step()).isEqualTo(WizardState.Step.RUN);
        assertThat(VERIFYING.step()).isEqualTo(WizardState.Step.VERIFY);
        assertThat(WizardState.Step.values()).extracting(WizardState.Step::title)
                .containsExactly("Plan", "Preview SQL", "Run", "Verify");
    }
}
