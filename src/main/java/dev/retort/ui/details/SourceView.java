package dev.retort.ui.details;

import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Source (Python, or SQL with {@link SqlTokenizer}) with line numbers and colours, as a TextFlow of styled Text pieces (colours
 * come from the stylesheet, so they follow the theme). Read-only and light: a RichTextFX
 * dependency would buy editing we do not need.
 */
public final class SourceView {
    /** Beyond this many lines the rest is plain: thousands of Text nodes make layout slow. */
    static final int MAX_COLOURED_CHARS = 60_000;

    private final TextFlow code = new TextFlow();
    private final Text gutter = new Text();
    private final ScrollPane scroll;
    private final Function<String, List<PythonTokenizer.Token>> tokenizer;

    /** A view of Python source. */
    public SourceView() {
        this(PythonTokenizer::tokenize);
    }

    /** A view colouring its text with {@code tokenizer} (e.g. {@link SqlTokenizer#tokenize}). */
    public SourceView(Function<String, List<PythonTokenizer.Token>> tokenizer) {
        this.tokenizer = tokenizer;
        code.getStyleClass().add("code");
        code.setId("sourceCode");
        gutter.getStyleClass().addAll("code", "code-gutter");
        TextFlow gutterFlow = new TextFlow(gutter);
        gutterFlow.getStyleClass().add("code-gutter-box");
        HBox box = new HBox(gutterFlow, code);
        box.getStyleClass().add("code-box");
        scroll = new ScrollPane(box);
        scroll.getStyleClass().add("code-scroll");
        scroll.setFitToWidth(false);
        scroll.setPrefViewportHeight(320);
    }

    public Node node() {
        return scroll;
    }

    /** Renames the text's node id (default {@code sourceCode}) where two views share a scene graph lookup. */
    public SourceView withCodeId(String id) {
        code.setId(id);
        return this;
    }

    public void setText(String text) {
        code.getChildren().clear();
        if (text.isEmpty()) {
            gutter.setText("");
            return;
        }
        String colouredPart = text.length() > MAX_COLOURED_CHARS ? text.substring(0, MAX_COLOURED_CHARS) : text;
        List<PythonTokenizer.Token> tokens = tokenizer.apply(colouredPart);
        for (PythonTokenizer.Token token : tokens) {
            Text piece = new Text(colouredPart.substring(token.start(), token.end()));
            piece.getStyleClass().addAll("code-text", "code-" + token.kind().name().toLowerCase(java.util.Locale.ROOT));
            code.getChildren().add(piece);
        }
        if (colouredPart.length() < text.length()) {
            Text rest = new Text(text.substring(colouredPart.length()));
            rest.getStyleClass().addAll("code-text", "code-plain");
            code.getChildren().add(rest);
        }
        long lines = text.chars().filter(c -> c == '\n').count() + (text.endsWith("\n") ? 0 : 1);
        StringBuilder numbers = new StringBuilder();
        for (int i = 1; i <= lines; i++) {
            numbers.append(i).append(i < lines ? "\n" : "");
        }
        gutter.setText(numbers.toString());
        scroll.setVvalue(0);
        scroll.setHvalue(0);
    }

    /** The plain text shown (tests read it back). */
    public String text() {
        StringBuilder out = new StringBuilder();
        code.getChildren().forEach(n -> out.append(((Text) n).getText()));
        return out.toString();
    }
}
