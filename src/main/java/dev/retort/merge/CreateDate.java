package dev.retort.merge;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The create date alembic stamps into a new revision ({@code _generate_create_date}): a naive
 * local date-time, or with a {@code timezone} setting the current UTC time converted to that
 * zone. Microsecond precision, like Python's {@code datetime}.
 *
 * @param dateTime the wall-clock date and time (microseconds)
 * @param offset the UTC offset when a timezone was configured (Python's aware datetime)
 * @param epochSecond {@code int(create_date.timestamp())}, the {@code epoch} file-name token
 */
public record CreateDate(LocalDateTime dateTime, Optional<ZoneOffset> offset, long epochSecond) {
    public CreateDate {
        Objects.requireNonNull(dateTime, "dateTime");
        Objects.requireNonNull(offset, "offset");
        dateTime = dateTime.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * The create date for "now".
     *
     * @param clock the time source; its zone is the "local" zone of a naive date
     * @param timezone alembic's {@code timezone} option, if set
     * @param flavor which lookup to imitate (python-dateutil or zoneinfo)
     * @return the date, or {@code Can't locate timezone: <tz>}
     */
    public static Attempt<CreateDate> now(Clock clock, Optional<String> timezone, AlembicFlavor flavor) {
        Instant instant = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long epoch = truncatedEpochSecond(instant);
        if (timezone.isEmpty()) {
            return Attempt.ok(new CreateDate(LocalDateTime.ofInstant(instant, clock.getZone()), Optional.empty(), epoch));
        }
        Optional<ZoneId> zone = lookupZone(timezone.get(), flavor, clock);
        if (zone.isEmpty()) {
            return Attempt.failed("Can't locate timezone: " + timezone.get());
        }
        ZoneOffset offset = zone.get().getRules().getOffset(instant);
        return Attempt.ok(new CreateDate(LocalDateTime.ofInstant(instant, offset), Optional.of(offset), epoch));
    }

    /**
     * {@code tz.gettz(name) or tz.gettz(name.upper())} (1.8) and {@code ZoneInfo} likewise (newer):
     * the exact IANA name first, then the upper-cased one. Only IANA zone names are known here;
     * POSIX TZ strings that python-dateutil also parses are not.
     */
    static Optional<ZoneId> lookupZone(String name, AlembicFlavor flavor, Clock clock) {
        if (name.isEmpty()) {
            // dateutil's gettz("") is the local zone; zoneinfo rejects an empty key
            return flavor == AlembicFlavor.ALEMBIC_1_8 ? Optional.of(clock.getZone()) : Optional.empty();
        }
        for (String candidate : new String[] {name, name.toUpperCase(Locale.ROOT)}) {
            if (ZoneId.getAvailableZoneIds().contains(candidate)) {
                try {
                    return Optional.of(ZoneId.of(candidate));
                } catch (DateTimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** Python's {@code int()} truncates toward zero; {@link Instant} floors. */
    private static long truncatedEpochSecond(Instant instant) {
        long seconds = instant.getEpochSecond();
        return seconds < 0 && instant.getNano() > 0 ? seconds + 1 : seconds;
    }

    /** Python's {@code str(datetime)}: {@code 2024-01-15 09:30:00.123456}, {@code +HH:MM} when aware. */
    @Override
    public String toString() {
        return isoFormat(' ');
    }

    /** Python's {@code datetime.isoformat(sep)}. */
    String isoFormat(char separator) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%04d-%02d-%02d%c%02d:%02d:%02d",
                dateTime.getYear(), dateTime.getMonthValue(), dateTime.getDayOfMonth(), separator,
                dateTime.getHour(), dateTime.getMinute(), dateTime.getSecond()));
        int micros = dateTime.getNano() / 1000;
        if (micros != 0) {
            out.append(String.format(Locale.ROOT, ".%06d", micros));
        }
        offset.ifPresent(o -> {
            int total = o.getTotalSeconds();
            int abs = Math.abs(total);
            out.append(total < 0 ? '-' : '+')
                    .append(String.format(Locale.ROOT, "%02d:%02d", abs / 3600, abs / 60 % 60));
            if (abs % 60 != 0) {
                out.append(String.format(Locale.ROOT, ":%02d", abs % 60));
            }
        });
        return out.toString();
    }
}
