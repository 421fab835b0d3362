package dev.retort.ui.alembic;

import dev.retort.model.release.AlembicRelease;
import dev.retort.parsing.script.LoadOrder;
import java.util.Optional;

/**
 * How Retort orders revision files, which breaks ties the way alembic does (reference 1.3):
 * as the alembic found would, or fixed by the user.
 */
public enum LoadOrderChoice {
    /** As the alembic that was found: sorted from 1.10 on, directory order before; sorted when none was found. */
    AUTOMATIC("As the alembic found reads them"),
    /** Sorted by file name, as alembic 1.10 and later. */
    SORTED("Sorted by name (alembic 1.10 and later)"),
    /** The file system's directory order, as alembic 1.8 and 1.9. */
    DIRECTORY("Directory order (alembic 1.8 and 1.9)");

    private final String label;

    LoadOrderChoice(String label) {
        this.label = label;
    }

    /** Words for the preferences window. */
    public String label() {
        return label;
    }

    /** The order to read files in, given the release of the alembic found (if any). */
    public LoadOrder resolve(Optional<AlembicRelease> found) {
        return switch (this) {
            case SORTED -> LoadOrder.SORTED;
            case DIRECTORY -> LoadOrder.DIRECTORY;
            case AUTOMATIC -> found.map(r -> r.listsFilesSorted() ? LoadOrder.SORTED : LoadOrder.DIRECTORY)
                    .orElse(LoadOrder.SORTED);
        };
    }
}
