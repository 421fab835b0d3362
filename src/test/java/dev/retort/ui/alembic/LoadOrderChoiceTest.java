package dev.retort.ui.alembic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.retort.model.release.AlembicRelease;
import dev.retort.parsing.script.LoadOrder;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoadOrderChoiceTest {
    @Test
    void automaticFollowsTheReleaseFound() {
        assertThat(LoadOrderChoice.AUTOMATIC.resolve(Optional.of(AlembicRelease.DEBIAN_BOOKWORM)))
                .isEqualTo(LoadOrder.DIRECTORY);
        assertThat(LoadOrderChoice.AUTOMATIC.resolve(Optional.of(new AlembicRelease(1, 10, 0))))
                .isEqualTo(LoadOrder.SORTED);
        assertThat(LoadOrderChoice.AUTOMATIC.resolve(Optional.empty())).isEqualTo(LoadOrder.SORTED);
    }

    @Test
    void aFixedChoiceIgnoresTheRelease() {
        assertThat(LoadOrderChoice.SORTED.resolve(Optional.of(AlembicRelease.DEBIAN_BOOKWORM)))
                .isEqualTo(LoadOrder.SORTED);
        assertThat(LoadOrderChoice.DIRECTORY.resolve(Optional.of(AlembicRelease.LATEST))).isEqualTo(LoadOrder.DIRECTORY);
    }
}
