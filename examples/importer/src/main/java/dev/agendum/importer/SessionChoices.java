package dev.agendum.importer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The same meeting held more than once, the reader choosing one: "Er zijn twee sessies met dezelfde inhoud" over
 * "namiddagsessie: van 14u tot 15u30" and "avondsessie: van 19u30 tot 21u", or "the Council will hold two public
 * drop-in sessions:" over "Tuesday 9 March 2027, 2pm - 7pm" and "Thursday 11 March 2027, 3pm - 8pm", each with its
 * venue under it. Each session is an item at its own day and hours, and the event runs from the first session's
 * start to the last one's end.
 */
final class SessionChoices {

    /** "twee sessies", "two public drop-in sessions", "drie inloopmomenten": how many, then what, a few words apart. */
    private static final Pattern CUE = Pattern.compile("(?iu)(?<![\\p{L}])(two|three|four|twee|drie|vier|[234])\\s+"
            + "(?:[\\p{L}-]+\\s+){0,3}?(?:(?:drop-in |information |info )?sessions|(?:info)?sessies|sessie's"
            + "|drop-ins|(?:inloop|info)momenten|informatieavonden|infoavonden|public meetings|bijeenkomsten)"
            + "(?![\\p{L}])");
    private static final Map<String, Integer> COUNTS = Map.of("two", 2, "twee", 2, "2", 2, "three", 3, "drie", 3,
            "3", 3, "four", 4, "vier", 4, "4", 4);
    /** What leads from a session's name into its hours: "avondsessie: van", "Morning session – from". */
    private static final Pattern LEAD_OUT = Pattern.compile("(?iu)[\\s*•:–-]*(?:\\b(?:van|vanaf|from|tussen|between"
            + "|om|at))?[\\s*•:–-]*$");
    /** How many lines after the cue its sessions are looked for, and how many lines may stand between two sessions. */
    private static final int REACH = 10;
    private static final int GAP = 2;

    /** A session as read: its start and end, where its hours were read from, and the words that name it. */
    private record Session(LocalDateTime start, LocalDateTime end, Source hours, Optional<Line> words) {
    }

    private SessionChoices() {
    }

    /**
     * The sessions of the text's choice of sessions as items, with the event's start and end set to the first's
     * start and the last one's end; empty, and nothing changed, when the text offers no such choice or its sessions
     * are not as many as it says. {@code first} is the event's day, for a session line that names none.
     */
    static List<Found.Item> read(Reading reading, LocalDate first, ItemReader reader) {
        List<Line> leaves = reading.document.leaves();
        for (int i = 0; i < leaves.size(); i++) {
            Matcher cue = CUE.matcher(leaves.get(i).text());
            if (!cue.find()) {
                continue;
            }
            List<Session> sessions = sessions(leaves, i + 1, first);
            if (sessions.size() == COUNTS.get(cue.group(1).toLowerCase(Locale.ROOT))) {
                Line named = leaves.get(i).sub(cue.start(), cue.end());
                return items(reading, sessions, named, reader);
            }
        }
        return List.of();
    }

    private static List<Session> sessions(List<Line> leaves, int from, LocalDate first) {
        List<Session> sessions = new ArrayList<>();
        int gap = 0;
        for (int k = from; k < Math.min(leaves.size(), from + REACH) && gap <= GAP; k++) {
            Line line = leaves.get(k);
            Optional<Session> session = session(line, first);
            if (session.isEmpty()) {
                gap += sessions.isEmpty() ? 0 : 1;
                continue;
            }
            // the sessions follow one another: a range that goes back is another list's
            if (!sessions.isEmpty() && !session.get().start().isAfter(sessions.get(sessions.size() - 1).start())) {
                break;
            }
            sessions.add(session.get());
            gap = 0;
        }
        return sessions;
    }

    /** A line with one range of hours and at most one day (the event's when it names none), not before the event's. */
    private static Optional<Session> session(Line line, LocalDate first) {
        List<DateReader.TimeMention> times = DateReader.times(line.text());
        if (times.size() != 1 || times.get(0).to().isEmpty()) {
            return Optional.empty();
        }
        List<DateReader.DateMention> dates = DateReader.dates(line.text());
        Optional<LocalDate> on = dates.isEmpty() ? Optional.of(first)
                : dates.size() == 1 ? oneDay(dates.get(0), first.getYear()) : Optional.empty();
        if (on.isEmpty() || on.get().isBefore(first)) {
            return Optional.empty();
        }
        LocalDate day = on.get();
        DateReader.TimeMention range = times.get(0);
        LocalDateTime start = day.atTime(range.from());
        LocalDateTime end = day.atTime(range.to().get());
        // the words that name the session ("namiddagsessie:"), before its hours and any date
        int wordsEnd = Math.min(range.start(), dates.isEmpty() ? range.start() : dates.get(0).start());
        String words = LEAD_OUT.matcher(line.text().substring(0, wordsEnd)).replaceAll("").replaceAll("^[\\s*•-]+", "");
        int at = line.text().indexOf(words);
        Optional<Line> named = words.matches("(?s).*\\p{L}{3,}.*") ? Optional.of(line.sub(at, at + words.length()))
                : Optional.empty();
        return end.isAfter(start) ? Optional.of(new Session(start, end, line.source(range.start(), range.end()),
                named)) : Optional.empty();
    }

    /** The one day a date names, in its own year or else {@code year}; empty for a run of days or no such day. */
    private static Optional<LocalDate> oneDay(DateReader.DateMention date, int year) {
        int y = date.year().orElse(year);
        return date.valid(y) && date.first(y).equals(date.last(y)) ? Optional.of(date.first(y)) : Optional.empty();
    }

    private static List<Found.Item> items(Reading reading, List<Session> sessions, Line cue, ItemReader reader) {
        List<Found.Item> items = new ArrayList<>();
        for (Session session : sessions) {
            // a session's own name ("avondsessie"), or else what the cue calls them all ("two public drop-in sessions")
            items.add(reader.read(session.start(), session.hours(), Optional.of(session.end()),
                    Optional.of(session.hours()), session.words().orElse(cue), List.of()));
        }
        Session firstSession = sessions.get(0);
        Session last = sessions.get(sessions.size() - 1);
        reading.start = new Reading.Valued<>(firstSession.start(), Assumption.from("the first of the "
                + sessions.size() + " sessions \"" + cue.text() + "\" starts the event", firstSession.hours()));
        reading.end = new Reading.Valued<>(last.end(), Assumption.from("the last of the " + sessions.size()
                + " sessions \"" + cue.text() + "\" ends the event", last.hours()));
        return items;
    }
}
