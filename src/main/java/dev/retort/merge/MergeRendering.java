package dev.retort.merge;

import dev.retort.model.python.PythonStrings;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/** {@code util.template_to_file} without the write: render the project's template, then encode. */
final class MergeRendering {
    /** The rendered text, or why there is none. */
    record Outcome(String text, MergeFailure failure) {
    }

    private final MergeSettings settings;

    MergeRendering(MergeSettings settings) {
        this.settings = settings;
    }

    /**
     * Reads and renders the project's template.
     *
     * @param fallbackCommand the {@code alembic ...} command to suggest when Retort cannot render
     */
    Outcome render(TemplateVariables variables, String fallbackCommand) {
        byte[] source;
        try {
            source = Files.readAllBytes(settings.scriptTemplate());
        } catch (NoSuchFileException e) {
            return failed(MergeFailure.alembicOther("The template " + settings.scriptTemplate() + " does not exist"));
        } catch (IOException e) {
            return failed(MergeFailure.alembicOther("Cannot read the template " + settings.scriptTemplate() + ": "
                    + e.getMessage()));
        }
        RenderResult result = MakoTemplate.parse(source).render(variables);
        if (result instanceof RenderResult.Rendered rendered) {
            return new Outcome(rendered.text(), null);
        }
        if (result instanceof RenderResult.Unsupported unsupported) {
            return failed(MergeFailure.unsupported(settings.scriptTemplate().getFileName()
                    + (unsupported.line() > 0 ? " line " + unsupported.line() : "") + " uses " + unsupported.construct()
                    + ", which Retort cannot render; run " + fallbackCommand + " instead"));
        }
        RenderResult.Failed failed = (RenderResult.Failed) result;
        // alembic writes Mako's traceback to a temp file and names it; Retort names the error itself
        return failed(MergeFailure.alembicOther("Template rendering failed: " + failed.message()));
    }

    private static Outcome failed(MergeFailure failure) {
        return new Outcome(null, failure);
    }

    /** {@code render_unicode(...).encode(output_encoding)} (strict errors, as Python's default). */
    static Attempt<byte[]> encode(String text, String outputEncoding) {
        Optional<Charset> charset = PythonCodecs.charset(outputEncoding);
        if (charset.isEmpty()) {
            return Attempt.failed("Template rendering failed: LookupError: unknown encoding: " + outputEncoding);
        }
        CharsetEncoder encoder = charset.get().newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            ByteBuffer buffer = encoder.encode(CharBuffer.wrap(text));
            return Attempt.ok(Arrays.copyOfRange(buffer.array(), buffer.arrayOffset() + buffer.position(),
                    buffer.arrayOffset() + buffer.limit()));
        } catch (CharacterCodingException e) {
            return Attempt.failed("Template rendering failed: UnicodeEncodeError: the text cannot be encoded as "
                    + outputEncoding);
        }
    }

    /** Whether the rendered file sets {@code branch_labels} to something holding the label. */
    static boolean rendersBranchLabel(String text, String label) {
        Pattern assignment = Pattern.compile("(?m)^branch_labels\\b[^=\\n]*=(.*)$");
        var m = assignment.matcher(text);
        String quoted = PythonStrings.repr(label);
        while (m.find()) {
            if (m.group(1).contains(quoted)) {
                return true;
            }
        }
        return false;
    }
}
