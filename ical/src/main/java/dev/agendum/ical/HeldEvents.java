package dev.agendum.ical;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * VEVENTs held back because they use a TZID whose VTIMEZONE has not been read yet: RFC 5545 lets a VCALENDAR put
 * its components in any order, and some generators write the VTIMEZONEs after the events. A VEVENT whose TZID no
 * name resolves and no VTIMEZONE read so far defines is held, and so is every VEVENT after it while one is held,
 * so that events still come out in feed order. Each VTIMEZONE read lets go of the held events from the front as far
 * as their zones are now known; the end of the VCALENDAR (or of the feed) lets go of all of them, to be resolved as
 * any TZID is, the default zone with a warning last.
 *
 * <p>Holding is bounded: when the held VEVENTs hold more characters together than one component of the feed may
 * ({@link FeedReader.Builder#maxCharacters}), all of them are read at once, without the VTIMEZONE, with a warning at
 * the first held VEVENT. Memory thus stays within about twice the largest component, and a feed with VTIMEZONEs
 * first (as Outlook, Google and Apple write them) holds nothing.
 */
final class HeldEvents {

    private final TimeZones zones;
    private final int maxCharacters;
    private final List<FeedWarning> warnings;
    private final Consumer<Scanned> read;
    private final Deque<Scanned> held = new ArrayDeque<>();
    private long characters;

    /** Holds for {@code zones}, reading each VEVENT let go of with {@code read}. */
    HeldEvents(TimeZones zones, int maxCharacters, List<FeedWarning> warnings, Consumer<Scanned> read) {
        this.zones = zones;
        this.maxCharacters = maxCharacters;
        this.warnings = warnings;
        this.read = read;
    }

    /** Reads {@code vevent} now, or holds it when it (or a VEVENT before it) waits for a VTIMEZONE. */
    void take(Scanned vevent) {
        Optional<String> missing = held.isEmpty() ? zones.missing(vevent) : Optional.empty();
        if (held.isEmpty() && missing.isEmpty()) {
            read.accept(vevent);
            return;
        }
        held.add(vevent);
        characters += vevent.characters();
        if (characters > maxCharacters) {
            Scanned first = held.peek();
            warnings.add(new FeedWarning(first.begin(), held.size() + " VEVENT(s) from line " + first.begin()
                    + " on waited for the VTIMEZONE of TZID " + Quoted.of(zones.missing(first).orElse(""))
                    + ", which has not come within " + maxCharacters + " characters: read without it"));
            releaseAll();
        }
    }

    /** Reads the held VEVENTs from the front whose zones are known now, after a VTIMEZONE was read. */
    void release() {
        while (!held.isEmpty() && zones.missing(held.peek()).isEmpty()) {
            next();
        }
    }

    /** Reads all held VEVENTs, at the end of the VCALENDAR or of the feed. */
    void releaseAll() {
        while (!held.isEmpty()) {
            next();
        }
    }

    private void next() {
        Scanned vevent = held.poll();
        characters -= vevent.characters();
        read.accept(vevent);
    }
}
