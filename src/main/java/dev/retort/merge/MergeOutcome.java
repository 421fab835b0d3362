package dev.retort.merge;

/** The result of {@link MergePlanner#plan}: a {@link MergePlan} to write, or a {@link MergeFailure}. */
public sealed interface MergeOutcome permits MergePlan, MergeFailure {
}
