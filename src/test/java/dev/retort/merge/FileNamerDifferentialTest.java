package dev.retort.merge;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link FileNamer} against CPython's {@code %} operator for thousands of conversion specs. */
class FileNamerDifferentialTest {
    private static final CreateDate DATE = new CreateDate(LocalDateTime.of(2024, 1, 15, 9, 30, 0),
            Optional.empty(), 1705311000L);

    @TempDir
    Path scratch;

    @Test
    void sameNamesAndErrorsAsPython() throws IOException {
        RealAlembic.assumeAvailable();
        List<String> templates = new ArrayList<>();
        for (String token : List.of("rev", "slug", "year", "month", "epoch")) {
            for (String flags : List.of("", "-", "0", "+", " ", "#", "-0", "+0", "#0", " -")) {
                for (String width : List.of("", "3", "14")) {
                    for (String precision : List.of("", ".0", ".2", ".5")) {
                        for (char type : "sraidxXofFcu".toCharArray()) {
                            templates.add("<%(" + token + ")" + flags + width + precision + type + ">");
                        }
                    }
                }
            }
        }
        templates.addAll(List.of("%(rev)s_%(slug)s", "%%(rev)s", "%(rev)s%", "%(rev)q", "%(nope)s", "%s", "%(rev",
                "%(year)d/%(month).2d/%(rev)s", "100%% %(rev)5.3s|", "%(rev)ls", "%(day)hd"));
        Path json = scratch.resolve("templates.json");
        Files.writeString(json, new Gson().toJson(templates));
        RealAlembic.Output out = RealAlembic.run(scratch, List.of(RealAlembic.PYTHON,
                RealAlembic.script(scratch, "file_names.py").toString(), json.toString()));
        assertThat(out.exitCode()).as(out.stderr()).isZero();
        String[] expected = new Gson().fromJson(out.stdout(), String[].class);
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < templates.size(); i++) {
            Attempt<String> actual = FileNamer.fileName(templates.get(i), "cef530e273d4", "merge_heads", DATE);
            boolean same;
            if (templates.get(i).equals("%s")) {
                // Python formats the whole token dict into the name; Retort refuses that on purpose
                same = expected[i].startsWith("{'rev'") && !actual.isOk() && actual.error().contains("%(name)s");
            } else if (expected[i].startsWith("!")) {
                same = !actual.isOk() && actual.error().contains(expected[i].substring(1));
            } else {
                same = actual.isOk() && actual.value().equals(expected[i]);
            }
            if (!same) {
                mismatches.add(templates.get(i) + ": python " + expected[i] + " / retort "
                        + (actual.isOk() ? actual.value() : actual.error()));
            }
        }
        assertThat(mismatches).isEmpty();
    }
}
