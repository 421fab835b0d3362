package dev.retort.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNamerTest {
    private static final CreateDate DATE = new CreateDate(LocalDateTime.of(2024, 1, 5, 9, 3, 7, 123456000),
            Optional.empty(), 1704445387L);

    private static String name(String template) {
        Attempt<String> result = FileNamer.fileName(template, "cef530e273d4", "merge_heads", DATE);
        assertThat(result.isOk()).as(String.valueOf(result.error())).isTrue();
        return result.value();
    }

    private static String error(String template) {
        Attempt<String> result = FileNamer.fileName(template, "cef530e273d4", "merge_heads", DATE);
        assertThat(result.isOk()).isFalse();
        return result.error();
    }

    @Test
    void defaultTemplate() {
        assertThat(name("%(rev)s_%(slug)s")).isEqualTo("cef530e273d4_merge_heads.py");
    }

    @Test
    void dateTokensWithZeroPadding() {
        assertThat(name("%(year)d_%(month).2d_%(day).2d_%(hour).2d%(minute).2d-%(rev)s_%(slug)s"))
                .isEqualTo("2024_01_05_0903-cef530e273d4_merge_heads.py");
        assertThat(name("%(epoch)s_%(second)02d")).isEqualTo("1704445387_07.py");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            %(rev).8s          | cef530e2
            %(rev)r            | 'cef530e273d4'
            %(month)5d#        | "    1#"
            %(month)-5d#       | "1    #"
            %(month)+d         | +1
            %(month) d         | " 1"
            %(year)x_%(year)#X | 7e8_0X7E8
            %(year)o           | 3750
            %(month)#o         | 0o1
            %(day)05.3d        | 00005
            %(slug)12s         | " merge_heads"
            %(slug)-12s#       | "merge_heads #"
            %(slug)012s        | " merge_heads"
            100%%_%(rev)s      | 100%_cef530e273d4
            %(month)i          | 1
            %(month)ld         | 1
            %(month).3f        | 1.000
            """)
    void pythonFormatSpecs(String template, String expected) {
        assertThat(name(template)).isEqualTo(expected + ".py");
    }

    @Test
    void slashKeepsSubdirectories() {
        assertThat(name("%(year)d/%(month).2d/%(rev)s")).isEqualTo("2024/01/cef530e273d4.py");
    }

    @Test
    void unknownTokenIsAClearError() {
        assertThat(error("%(revision)s_%(slug)s")).contains("unknown token 'revision'").contains("KeyError")
                .contains("rev, slug, epoch");
    }

    @Test
    void wrongConversionForAString() {
        assertThat(error("%(rev)d")).contains("TypeError: %d format: a real number is required, not str");
    }

    @Test
    void badSpecs() {
        assertThat(error("%(rev)q")).contains("unsupported format character 'q' (0x71) at index 6");
        assertThat(error("%(rev")).contains("incomplete format key");
        assertThat(error("abc%")).contains("incomplete format");
        assertThat(error("%s")).contains("%(name)s");
        assertThat(error("%(rev)*s")).contains("'*'");
        assertThat(error("%(year)e")).contains("%e");
    }
}
