package dev.retort.ui.upgrade;

import dev.retort.model.graph.MigrationStep;
import dev.retort.runner.RunState;
import dev.retort.runner.UpgradeProgress;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How the wizard's graph marks a plan: every revision to run with its step number and the
 * {@code planstep} ring; while alembic runs, the running step {@code planrunning} (▶) and the ones
 * before it {@code plandone} (✔); the step alembic stopped in {@code planfailed} (✘). The
 * database's rows carry {@code current}.
 *
 * @param stepClasses the "plan" layer of node classes
 * @param databaseClasses the "database" layer of node classes
 * @param badges step numbers before the labels
 */
public record PlanHighlight(Map<String, Set<String>> stepClasses, Map<String, Set<String>> databaseClasses,
        Map<String, String> badges) {

    /**
     * @param plan what will run (or ran)
     * @param progress alembic's progress, once it runs
     * @param outcome the run's final state, once it ended
     * @param rows the version table to mark as current
     */
    public static PlanHighlight of(WizardPlan plan, Optional<UpgradeProgress.Progress> progress,
            Optional<RunState> outcome, List<String> rows) {
        Map<String, Set<String>> steps = new HashMap<>();
        Map<String, String> badges = new HashMap<>();
        List<MigrationStep> planned = plan.steps();
        int running = progress.map(UpgradeProgress.Progress::runningNumber).orElse(0);
        for (int i = 0; i < planned.size(); i++) {
            String id = planned.get(i).revision();
            Set<String> classes = steps.computeIfAbsent(id, k -> new HashSet<>());
            classes.add("planstep");
            int number = i + 1;
            String mark = "";
            if (outcome.map(s -> s == RunState.SUCCEEDED).orElse(false) || (running > 0 && number < running)) {
                classes.add("plandone");
                mark = "✔ ";
            } else if (number == running) {
                classes.add(outcome.isEmpty() ? "planrunning" : "planfailed");
                mark = outcome.isEmpty() ? "▶ " : "✘ ";
            }
            badges.put(id, mark + badge(number));
        }
        for (String target : plan.stampTargets()) {
            steps.computeIfAbsent(target, k -> new HashSet<>()).add(
                    outcome.map(s -> s == RunState.SUCCEEDED).orElse(false) ? "plandone" : "planstep");
            badges.put(target, "⇒");
        }
        Map<String, Set<String>> database = new HashMap<>();
        rows.forEach(r -> database.put(r, Set.of("current")));
        return new PlanHighlight(steps, database, badges);
    }

    /** ① to ⑳, then (21), (22)...: short enough to sit before a label. */
    static String badge(int number) {
        return number >= 1 && number <= 20 ? String.valueOf((char) ('①' + number - 1)) : "(" + number + ")";
    }

    /** The revisions worth showing: the steps, the stamp targets, the rows. */
    public Set<String> focus() {
        Set<String> ids = new HashSet<>(stepClasses.keySet());
        ids.addAll(databaseClasses.keySet());
        return ids;
    }
}
