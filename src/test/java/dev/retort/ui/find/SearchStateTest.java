package dev.retort.ui.find;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchStateTest {
    @Test
    void nextAndPreviousWrapAround() {
        SearchState s = SearchState.of("x", List.of("a", "b", "c"));
        assertThat(s.current()).contains("a");
        assertThat(s.summary()).isEqualTo("1 of 3");
        assertThat(s.previous().current()).contains("c");
        assertThat(s.next().next().next().current()).contains("a");
    }

    @Test
    void noMatchesSaySo() {
        SearchState s = SearchState.of("zzz", List.of());
        assertThat(s.current()).isEmpty();
        assertThat(s.next()).isEqualTo(s);
        assertThat(s.summary()).isEqualTo("no match");
        assertThat(SearchState.EMPTY.summary()).isEmpty();
    }
}
