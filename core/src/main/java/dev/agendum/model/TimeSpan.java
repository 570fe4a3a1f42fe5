package dev.agendum.model;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A half-open span of local time {@code [start, end)} in an event's zone; {@code start == end} is a point in time
 * (a closing announced as "12.00 Afsluiting").
 *
 * @param start the first moment
 * @param end   the first moment after the span; never before {@code start}
 */
public record TimeSpan(LocalDateTime start, LocalDateTime end) {

    /**
     * Creates a span.
     *
     * @param start the first moment
     * @param end the first moment after the span; never before {@code start}
     * @throws IllegalArgumentException when {@code end} is before {@code start}
     */
    public TimeSpan {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
    }

    /**
     * {@return the span from {@code start} to {@code end}}
     *
     * @param start the first moment
     * @param end the first moment after the span; never before {@code start}
     */
    public static TimeSpan of(LocalDateTime start, LocalDateTime end) {
        return new TimeSpan(start, end);
    }

    /**
     * {@return the length of the span in local (wall-clock) time}
     */
    public Duration duration() {
        return Duration.between(start, end);
    }

    /**
     * {@return whether the span is a point in time}
     */
    public boolean isPoint() {
        return start.equals(end);
    }

    /**
     * {@return whether the two spans share some time; spans that only touch ({@link #abuts}) do not overlap}
     *
     * @param other the other span
     */
    public boolean overlaps(TimeSpan other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    /**
     * {@return whether one span ends exactly where the other starts}
     *
     * @param other the other span
     */
    public boolean abuts(TimeSpan other) {
        return end.equals(other.start) || other.end.equals(start);
    }

    /**
     * {@return whether {@code other} lies wholly inside this span (its end may equal this end)}
     *
     * @param other the other span
     */
    public boolean encloses(TimeSpan other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    /**
     * {@return whether {@code moment} lies in {@code [start, end)}}
     *
     * @param moment the moment asked about
     */
    public boolean contains(LocalDateTime moment) {
        return !moment.isBefore(start) && moment.isBefore(end);
    }
}
