package dev.retort.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CreateDateTest {
    private static final Instant INSTANT = Instant.parse("2024-01-15T09:30:00.123456789Z");
    private static final Clock UTC_CLOCK = Clock.fixed(INSTANT, ZoneOffset.UTC);

    private static CreateDate now(Clock clock, String tz, AlembicFlavor flavor) {
        Attempt<CreateDate> result = CreateDate.now(clock, Optional.ofNullable(tz), flavor);
        assertThat(result.isOk()).as(String.valueOf(result.error())).isTrue();
        return result.value();
    }

    @Test
    void naiveDateIsPythonStrWithMicroseconds() {
        CreateDate date = now(UTC_CLOCK, null, AlembicFlavor.ALEMBIC_1_8);
        assertThat(date.toString()).isEqualTo("2024-01-15 09:30:00.123456");
        assertThat(date.offset()).isEmpty();
        assertThat(date.epochSecond()).isEqualTo(INSTANT.getEpochSecond());
    }

    @Test
    void naiveDateUsesTheClockZoneAsLocalTime() {
        Clock berlin = Clock.fixed(INSTANT, ZoneId.of("Europe/Berlin"));
        CreateDate date = now(berlin, null, AlembicFlavor.ALEMBIC_1_8);
        assertThat(date.toString()).isEqualTo("2024-01-15 10:30:00.123456");
        assertThat(date.epochSecond()).isEqualTo(INSTANT.getEpochSecond());
    }

    @Test
    void zeroMicrosecondsAreOmitted() {
        Clock clock = Clock.fixed(Instant.parse("2024-01-15T09:30:00.000000999Z"), ZoneOffset.UTC);
        assertThat(now(clock, null, AlembicFlavor.LATEST).toString()).isEqualTo("2024-01-15 09:30:00");
    }

    @Test
    void timezoneAddsOffsetAndConvertsTheWallClock() {
        assertThat(now(UTC_CLOCK, "UTC", AlembicFlavor.LATEST).toString())
                .isEqualTo("2024-01-15 09:30:00.123456+00:00");
        assertThat(now(UTC_CLOCK, "America/New_York", AlembicFlavor.ALEMBIC_1_8).toString())
                .isEqualTo("2024-01-15 04:30:00.123456-05:00");
        assertThat(now(UTC_CLOCK, "Asia/Kolkata", AlembicFlavor.LATEST).toString())
                .isEqualTo("2024-01-15 15:00:00.123456+05:30");
    }

    @Test
    void timezoneFallsBackToUpperCase() {
        assertThat(now(UTC_CLOCK, "utc", AlembicFlavor.LATEST).offset()).contains(ZoneOffset.UTC);
        assertThat(now(UTC_CLOCK, "est5edt", AlembicFlavor.ALEMBIC_1_8).toString()).endsWith("-05:00");
    }

    @Test
    void unknownTimezone() {
        Attempt<CreateDate> result = CreateDate.now(UTC_CLOCK, Optional.of("Mars/Olympus"), AlembicFlavor.LATEST);
        assertThat(result.error()).isEqualTo("Can't locate timezone: Mars/Olympus");
        // lower-case region names are not found: the fallback only upper-cases
        assertThat(CreateDate.now(UTC_CLOCK, Optional.of("europe/berlin"), AlembicFlavor.LATEST).error())
                .isEqualTo("Can't locate timezone: europe/berlin");
    }

    @Test
    void emptyTimezoneIsLocalForDateutilOnly() {
        Clock berlin = Clock.fixed(INSTANT, ZoneId.of("Europe/Berlin"));
        assertThat(now(berlin, "", AlembicFlavor.ALEMBIC_1_8).toString()).isEqualTo("2024-01-15 10:30:00.123456+01:00");
        assertThat(CreateDate.now(berlin, Optional.of(""), AlembicFlavor.LATEST).isOk()).isFalse();
    }

    @Test
    void epochTruncatesTowardZeroLikePythonInt() {
        Clock before1970 = Clock.fixed(Instant.parse("1969-12-31T23:59:58.500Z"), ZoneOffset.UTC);
        assertThat(now(before1970, null, AlembicFlavor.LATEST).epochSecond()).isEqualTo(-1);
    }

    @Test
    void isoFormatAndPaddedYear() {
        CreateDate date = new CreateDate(LocalDateTime.of(999, 2, 3, 4, 5, 6), Optional.of(ZoneOffset.ofHoursMinutesSeconds(0, 19, 32)), 0);
        assertThat(date.toString()).isEqualTo("0999-02-03 04:05:06+00:19:32");
        assertThat(date.isoFormat('T')).isEqualTo("0999-02-03T04:05:06+00:19:32");
    }
}
