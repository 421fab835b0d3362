package dev.retort.merge;

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
    /** Marks render errors that are Retort's limits rather than the template's. */
    static final String UNSUPPORTED_PREFIX = "unsupported:";

    private final MergeSettings settings;

    MergeRendering(MergeSettings settings) {
        this.settings = settings;
    }

    Attempt<String> render(TemplateVariables variables) {
        byte[] source;
        try {
            source = Files.readAllBytes(settings.scriptTemplate());
        } catch (NoSuchFileException e) {
            return Attempt.failed("The template " + settings.scriptTemplate() + " does not exist");
        } catch (IOException e) {
            return Attempt.failed("Cannot read the template " + settings.scriptTemplate() + ": " + e.getMessage());
        }
        RenderResult result = MakoTemplate.parse(source).render(variables);
        if (result instanceof RenderResult.Rendered rendered) {
            return Attempt.ok(rendered.text());
        }
        if (result instanceof RenderResult.Unsupported unsupported) {
            return Attempt.failed(UNSUPPORTED_PREFIX + unsupported.message().replace("; run alembic merge instead", ""));
        }
        RenderResult.Failed failed = (RenderResult.Failed) result;
        return Attempt.failed("Template rendering failed: " + failed.message());
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
        String quoted = PyValues.reprString(label);
        while (m.find()) {
            if (m.group(1).contains(quoted)) {
                return true;
            }
        }
        return false;
    }
}
