package dev.retort.ui.merge;

import dev.retort.ui.main.ExplorerViewModel;
import dev.retort.ui.main.MergeHeadsHandler;
import dev.retort.ui.merge.MergeWizardModel.State;
import java.util.Map;
import java.util.Optional;
import javafx.beans.value.ChangeListener;

/**
 * "Merge heads…" as a guided wizard in a side sheet of the window: explain, choose, preview,
 * create. While it is open the graph shows each branch in its colour; after creating, the
 * project is reloaded and the new merge revision selected. One wizard at a time: asking again
 * starts over with the newly asked heads (unless a file is being written).
 */
public final class MergeWizard implements MergeHeadsHandler {
    private final MergeServices services;
    private Session session;

    public MergeWizard(MergeServices services) {
        this.services = services;
    }

    @Override
    public void onMergeHeadsRequested(Request request) {
        if (session != null) {
            if (session.model.stateProperty().get() == State.RUNNING) {
                request.host().showSheet(session.sheet.node());
                session.sheet.focusStep();
                return;
            }
            session.close();
        }
        session = new Session(request);
    }

    /** The open wizard's model (tests, screenshots). */
    public Optional<MergeWizardModel> current() {
        return Optional.ofNullable(session).map(s -> s.model);
    }

    /** The open wizard's preview text (tests). */
    public Optional<String> previewText() {
        return Optional.ofNullable(session).map(s -> s.sheet.preview().previewText());
    }

    /** One open wizard: its model, its sheet, and its hooks into the window. */
    private final class Session {
        private final Host host;
        private final MergeWizardModel model;
        private final MergeSheet sheet;
        private final ChangeListener<ExplorerViewModel.Loaded> reloaded = (o, a, loaded) -> reloaded(loaded);

        Session(Request request) {
            host = request.host();
            model = new MergeWizardModel(request.snapshot(), request.heads(), host.databases().statuses(), host.tasks(),
                    services);
            sheet = new MergeSheet(model, host::palette, this::close);
            model.analysisProperty().addListener((o, a, b) -> highlight());
            model.stateProperty().addListener((o, a, state) -> {
                if (state == State.SUCCEEDED) {
                    // one history again: the new revision's selection shows its lineage instead
                    host.highlight(Map.of(), Map.of());
                    host.reloadAndSelect(model.outcomeProperty().get().revisionId());
                }
            });
            host.loadedProperty().addListener(reloaded);
            host.showSheet(sheet.node());
            sheet.focusStep();
            highlight();
            model.start();
        }

        private void reloaded(ExplorerViewModel.Loaded loaded) {
            if (loaded == null || !loaded.snapshot().location().equals(model.snapshot().location())) {
                close();
                return;
            }
            model.projectChanged(loaded.snapshot());
            highlight();
        }

        private void highlight() {
            if (model.stateProperty().get() == State.SUCCEEDED) {
                return;
            }
            MergeAnalysis analysis = model.analysisProperty().get();
            host.highlight(analysis.nodeClasses(), analysis.edgeClasses(model.snapshot().layout()));
        }

        void close() {
            host.loadedProperty().removeListener(reloaded);
            model.dispose();
            host.highlight(Map.of(), Map.of());
            host.closeSheet(sheet.node());
            host.focusGraph();
            if (session == this) {
                session = null;
            }
        }
    }
}
