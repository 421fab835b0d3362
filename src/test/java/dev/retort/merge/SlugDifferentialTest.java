package dev.retort.merge;

import dev.retort.model.python.PythonStrings;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Python's {@code "_".join(re.findall(r"\w+", s)).lower()} against {@link Slug} for every
 * assigned code point, in chunks. Chunks holding characters Java 17's Unicode 13 tables do not
 * know yet (Python 3.11 has Unicode 14) are the only expected difference and are skipped.
 */
class SlugDifferentialTest {
    @TempDir
    Path scratch;

    @Test
    void everyCodePointAgreesWithPython() {
        RealAlembic.assumeAvailable();
        RealAlembic.Output out = RealAlembic.run(scratch, List.of(RealAlembic.PYTHON,
                RealAlembic.script(scratch, "slug_chunks.py").toString()));
        assertThat(out.exitCode()).as(out.stderr()).isZero();
        Object[][] expected = new Gson().fromJson(out.stdout(), Object[][].class);
        List<String> mismatches = new ArrayList<>();
        int step = 64;
        int skipped = 0;
        for (int chunk = 0; chunk < expected.length; chunk++) {
            StringBuilder text = new StringBuilder();
            int used = 0;
            for (int c = chunk * step; c < (chunk + 1) * step; c++) {
                if ((c < 0xD800 || c > 0xDFFF) && Character.getType(c) != Character.UNASSIGNED) {
                    text.appendCodePoint(c);
                    used++;
                }
            }
            if (used != ((Number) expected[chunk][0]).intValue()) {
                skipped++;
                continue;
            }
            String python = (String) expected[chunk][1];
            String actual = Slug.of(text.toString(), Integer.MAX_VALUE);
            if (!actual.equals(python)) {
                mismatches.add(String.format("U+%04X..: python %s java %s", chunk * step,
                        PythonStrings.repr(python), PythonStrings.repr(actual)));
            }
        }
        assertThat(mismatches).isEmpty();
        // Unicode 14 added characters in a few dozen chunks only
        assertThat(skipped).isLessThan(100);
    }

    @Test
    void sigmaContextsAgreeWithPython() throws java.io.IOException {
        RealAlembic.assumeAvailable();
        // capital sigma next to letters, modifier letters, digits, underscores and punctuation
        String alphabet = "ΣΣΣσΑaB1_ ʰ'.:-ǅͅİ";
        java.util.Random random = new java.util.Random(42);
        List<String> messages = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            StringBuilder m = new StringBuilder();
            for (int k = random.nextInt(8) + 1; k > 0; k--) {
                m.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            messages.add(m.toString());
        }
        Path json = scratch.resolve("messages.json");
        java.nio.file.Files.writeString(json, new Gson().toJson(messages));
        RealAlembic.Output out = RealAlembic.run(scratch, List.of(RealAlembic.PYTHON,
                RealAlembic.script(scratch, "slug_chunks.py").toString(), json.toString()));
        assertThat(out.exitCode()).as(out.stderr()).isZero();
        String[] expected = new Gson().fromJson(out.stdout(), String[].class);
        for (int i = 0; i < messages.size(); i++) {
            assertThat(Slug.of(messages.get(i), Integer.MAX_VALUE)).as(messages.get(i)).isEqualTo(expected[i]);
        }
    }
}
