package dev.retort.ui.find;

import java.util.List;
import java.util.Optional;

/**
 * The find bar's state: the query, its matches in drawing order, and which one is current.
 *
 * @param index the current match, -1 when there is none
 */
public record SearchState(String query, List<String> matches, int index) {
    public static final SearchState EMPTY = new SearchState("", List.of(), -1);

    public SearchState {
        matches = List.copyOf(matches);
    }

    public static SearchState of(String query, List<String> matches) {
        return new SearchState(query, matches, matches.isEmpty() ? -1 : 0);
    }

    public Optional<String> current() {
        return index < 0 ? Optional.empty() : Optional.of(matches.get(index));
    }

    public SearchState next() {
        return matches.isEmpty() ? this : new SearchState(query, matches, (index + 1) % matches.size());
    }

    public SearchState previous() {
        return matches.isEmpty() ? this
                : new SearchState(query, matches, (index - 1 + matches.size()) % matches.size());
    }

    /** "3 of 12", "no match", or "" when nothing is searched. */
    public String summary() {
        if (query.isBlank()) {
            return "";
        }
        return matches.isEmpty() ? "no match" : (index + 1) + " of " + matches.size();
    }
}
