package dev.agendum.ical;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The settings of a {@link FeedWriter}.
 *
 * @param uidDomain              the domain after the {@code @} of every UID, without it ({@code agendum.dev})
 * @param publishPersonalDetails whether people who are not the event's contacts keep their e-mail and phone
 * @param selection              the items to write, for a personal or filtered feed; empty for all
 */
record FeedOptions(String calendarName, Duration refreshInterval, boolean withItems, Optional<Locale> language,
                   boolean lossless, String uidDomain, boolean publishPersonalDetails,
                   Optional<FeedSelection> selection) {

    /** Returns the UID of an event with this domain: {@code <id>@<domain>}. */
    String uid(String eventId) {
        return eventId + "@" + uidDomain;
    }
}
