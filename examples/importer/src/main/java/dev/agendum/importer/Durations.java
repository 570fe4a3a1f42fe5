package dev.agendum.importer;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a performance lasts, as a card's label gives it: "Duur: 1u35, zonder pauze", "Running time: about 2 hours,
 * including an interval", "duur: ongeveer 70 minuten". An event that states no end ends that long after its start.
 */
final class Durations {

    /** A stated length and its words. */
    record Length(Duration duration, Source source) {
    }

    /** The label and the length after it: hours with or without minutes ("1u35", "2 hours", "1h 20"), or minutes. */
    private static final Pattern LENGTH = Pattern.compile("(?iu)^\\W*(?:duur|speelduur|tijdsduur|duration|running time"
            + "|run time|length)(?:\\s*:\\s*|\\s+)(?:(?:about|approximately|approx\\.|around|circa|ca\\.|ongeveer|±)\\s*)?"
            + "(?:(\\d{1,2})\\s*(?:u|uur|h|hr|hrs|hours?)\\s*(?:(\\d{1,2})\\s*(?:min\\.?|minuten|minutes|mins)?)?"
            + "|(\\d{2,3})\\s*(?:min\\.?|minuten|minutes|mins))(?![\\p{L}\\d])");
    /** The longest performance read from a label; a longer one is no evening's length. */
    private static final Duration LONGEST = Duration.ofHours(12);

    private Durations() {
    }

    /**
     * The end a stated length gives an event that starts at {@code start}: that long after it, or after the last
     * item's start when that is later (a run of performances ends after its last); empty when no label gives one.
     */
    static Optional<Reading.Valued<LocalDateTime>> end(List<Line> leaves, LocalDateTime start,
                                                       Optional<LocalDateTime> lastItem) {
        return stated(leaves).map(length -> {
            LocalDateTime from = lastItem.filter(i -> i.isAfter(start)).orElse(start);
            return new Reading.Valued<>(from.plus(length.duration()), Assumption.from("end taken as the "
                    + (from == start ? "start" : "last item's start") + " plus the length the text gives",
                    length.source()));
        });
    }

    /** The first length a line's label gives, when it is no longer than {@link #LONGEST}. */
    static Optional<Length> stated(List<Line> leaves) {
        for (Line line : leaves) {
            Matcher length = LENGTH.matcher(line.text());
            if (!length.find()) {
                continue;
            }
            Duration duration = length.group(3) != null ? Duration.ofMinutes(Integer.parseInt(length.group(3)))
                    : Duration.ofHours(Integer.parseInt(length.group(1)))
                    .plusMinutes(length.group(2) == null ? 0 : Integer.parseInt(length.group(2)));
            if (!duration.isZero() && duration.compareTo(LONGEST) <= 0) {
                return Optional.of(new Length(duration, line.source(0, length.end())));
            }
        }
        return Optional.empty();
    }
}
