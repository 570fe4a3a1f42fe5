package dev.agendum.ical;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** The settings of a {@link FeedWriter}. */
record FeedOptions(String calendarName, Duration refreshInterval, boolean withItems, Optional<Locale> language,
                   boolean lossless) {
}
