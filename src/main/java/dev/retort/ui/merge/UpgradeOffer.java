package dev.retort.ui.merge;

import dev.retort.runner.AlembicInstallation;
import java.util.List;
import java.util.Optional;

/**
 * After the merge: how the databases get to the new head. The upgrade wizard's hook when one
 * is plugged in, else the exact {@code alembic upgrade head} command for each database.
 */
final class UpgradeOffer {
    private UpgradeOffer() {
    }

    /** One command per connected database (with its profile's variables), or one for any database. */
    static List<MergeCommands.Shown> commands(MergeWizardModel model) {
        List<String> prefix = model.installation().map(AlembicInstallation::argvPrefix).orElse(List.of("alembic"));
        return model.config().map(c -> MergeCommands.upgrades(prefix, c, model.databases())).orElse(List.of());
    }

    /** What the upgrade hook gets, once the merge exists. */
    static Optional<MergeServices.UpgradeRequest> request(MergeWizardModel model) {
        CreateOutcome done = model.outcomeProperty().get();
        if (done == null || !done.succeeded() || model.config().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MergeServices.UpgradeRequest(model.config().get().configFile(), done.revisionId(),
                model.databases()));
    }
}
