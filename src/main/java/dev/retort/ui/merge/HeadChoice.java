package dev.retort.ui.merge;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * One head offered in the choose step; the check box edits {@link #chosenProperty()}.
 */
public final class HeadChoice {
    private final String id;
    private final String message;
    private final boolean realHead;
    private final BooleanProperty chosen;

    HeadChoice(String id, String message, boolean realHead, boolean chosen) {
        this.id = id;
        this.message = message;
        this.realHead = realHead;
        this.chosen = new SimpleBooleanProperty(chosen);
    }

    public String id() {
        return id;
    }

    /** The revision's message (first docstring line), possibly empty. */
    public String message() {
        return message;
    }

    /** False for a head only because something depends_on it; {@code alembic merge heads} leaves those out. */
    public boolean realHead() {
        return realHead;
    }

    public BooleanProperty chosenProperty() {
        return chosen;
    }

    public boolean isChosen() {
        return chosen.get();
    }
}
