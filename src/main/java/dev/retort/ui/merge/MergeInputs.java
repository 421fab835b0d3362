package dev.retort.ui.merge;

import dev.retort.merge.AlembicFlavor;
import dev.retort.merge.MergeRequest;
import dev.retort.model.graph.RevisionGraph;
import dev.retort.model.revision.Revision;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the user chooses: heads, message, branch label, revision id, each checked as it is
 * typed. The text properties are the fields' own; everything derived is read-only.
 */
public final class MergeInputs {
    private final String randomId;
    private final Supplier<AlembicFlavor> flavor;
    private final ObservableList<HeadChoice> heads = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<List<String>> chosenHeads = new ReadOnlyObjectWrapper<>(List.of());
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty branchLabel = new SimpleStringProperty("");
    private final StringProperty revisionId = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper headsError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper branchLabelError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper revisionIdError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private RevisionGraph graph;
    /** The message last suggested; while the field still holds it, it follows the chosen heads. */
    private String suggested = "";

    MergeInputs(String randomId, Supplier<AlembicFlavor> flavor) {
        this.randomId = randomId;
        this.flavor = flavor;
        branchLabel.addListener((o, a, b) -> validate());
        revisionId.addListener((o, a, b) -> validate());
    }

    /** Offers the graph's heads, choosing {@code preferred} when it names two or more of them, else every real head. */
    void reset(RevisionGraph newGraph, List<String> preferred) {
        graph = newGraph;
        List<String> all = newGraph.heads();
        Set<String> wanted = new HashSet<>(preferred);
        wanted.retainAll(all);
        boolean usePreferred = wanted.size() >= 2;
        List<HeadChoice> choices = new ArrayList<>();
        for (String id : all) {
            boolean real = newGraph.isRealHead(id);
            HeadChoice choice = new HeadChoice(id, messageOf(newGraph, id), real, usePreferred ? wanted.contains(id) : real);
            choice.chosenProperty().addListener((o, a, b) -> headsChanged());
            choices.add(choice);
        }
        heads.setAll(choices);
        headsChanged();
    }

    void revalidate(RevisionGraph newGraph) {
        graph = newGraph;
        validate();
    }

    private void headsChanged() {
        chosenHeads.set(heads.stream().filter(HeadChoice::isChosen).map(HeadChoice::id).toList());
        String suggestion = suggestion(chosenHeads.get());
        if (message.get().equals(suggested)) {
            message.set(suggestion);
        }
        suggested = suggestion;
        validate();
    }

    /** "merge heads a and b", "merge heads a, b and c". */
    static String suggestion(List<String> ids) {
        if (ids.isEmpty()) {
            return "merge heads";
        }
        if (ids.size() == 1) {
            return "merge heads " + ids.get(0);
        }
        return "merge heads " + String.join(", ", ids.subList(0, ids.size() - 1)) + " and " + ids.get(ids.size() - 1);
    }

    private void validate() {
        if (graph == null) {
            return;
        }
        headsError.set(chosenHeads.get().size() < 2 ? "Choose at least two heads to merge" : "");
        revisionIdError.set(MergeInputCheck.revisionId(revisionId.get().strip(), graph, flavor.get()).orElse(""));
        branchLabelError.set(MergeInputCheck.branchLabel(branchLabel.get().strip(), effectiveRevisionId(), graph)
                .orElse(""));
        valid.set(headsError.get().isEmpty() && revisionIdError.get().isEmpty() && branchLabelError.get().isEmpty());
    }

    /** The id the merge gets: the one typed, else the random one fixed when the wizard opened. */
    public String effectiveRevisionId() {
        String typed = revisionId.get().strip();
        return typed.isEmpty() ? randomId : typed;
    }

    /** The random id used when none is typed (alembic's kind: 12 hex digits). */
    public String randomId() {
        return randomId;
    }

    /** The request for the planner and for {@code alembic merge}: always with an explicit id. */
    public MergeRequest request() {
        String text = message.get();
        String label = branchLabel.get().strip();
        return new MergeRequest(chosenHeads.get(), text.isBlank() ? Optional.empty() : Optional.of(text),
                label.isEmpty() ? Optional.empty() : Optional.of(label), Optional.of(effectiveRevisionId()));
    }

    private static String messageOf(RevisionGraph graph, String id) {
        return graph.revision(id).map(Revision::doc).map(String::strip).map(m -> m.lines().findFirst().orElse(""))
                .orElse("");
    }

    public ObservableList<HeadChoice> heads() {
        return FXCollections.unmodifiableObservableList(heads);
    }

    /** The chosen heads, in the graph's order (which becomes the down_revision order). */
    public ReadOnlyObjectProperty<List<String>> chosenHeadsProperty() {
        return chosenHeads.getReadOnlyProperty();
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty branchLabelProperty() {
        return branchLabel;
    }

    public StringProperty revisionIdProperty() {
        return revisionId;
    }

    public ReadOnlyStringProperty headsErrorProperty() {
        return headsError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty branchLabelErrorProperty() {
        return branchLabelError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty revisionIdErrorProperty() {
        return revisionIdError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }
}
