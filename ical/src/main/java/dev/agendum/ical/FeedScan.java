package dev.agendum.ical;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * The one pass over a feed: assembles the content lines of {@link ContentLineScanner} into components and hands
 * over each component of the VCALENDAR (VEVENT, VTIMEZONE, VTODO…) as soon as its END is read, so that no more than
 * one of them is held at a time. The limits bound one such component: its characters and the components nested in
 * it. What does not hold together is a warning with its line, never the end of the feed: a malformed content line
 * is skipped, an END that closes nothing is skipped, an END that closes an outer component closes the ones left
 * open inside it, and a component left open at the end of the feed is dropped.
 */
final class FeedScan {

    private static final String[] COMPONENTS = {"VEVENT", "PARTICIPANT", "VCALENDAR", "VTIMEZONE", "STANDARD",
        "DAYLIGHT", "VALARM", "VLOCATION", "VTODO"};

    private final ContentLineScanner lines;
    private final int maxCharacters;
    private final int maxComponents;
    private final List<FeedWarning> warnings;
    private final List<ContentLine> calendar = new ArrayList<>();
    private final Deque<Scanned> open = new ArrayDeque<>();
    private boolean begun;
    private boolean inCalendar;
    private int characters;
    private int components;
    private int calendarsEnded;

    FeedScan(ContentLineScanner lines, int maxCharacters, int maxComponents, List<FeedWarning> warnings) {
        this.lines = lines;
        this.maxCharacters = maxCharacters;
        this.maxComponents = maxComponents;
        this.warnings = warnings;
    }

    /** The VCALENDAR's own properties read so far (all of those before its first component, as feeds write). */
    List<ContentLine> calendarProperties() {
        return calendar;
    }

    /** How many END:VCALENDAR lines were read so far. */
    int calendarsEnded() {
        return calendarsEnded;
    }

    /** Returns the next component of the VCALENDAR, or {@code null} at the end of the feed. */
    Scanned next() {
        while (lines.advance()) {
            int line = lines.line();
            char[] text = lines.chars();
            int length = lines.length();
            if (!begun) {
                if (!isBegin(text, length) || !name(text, length).equals("VCALENDAR")) {
                    throw new FeedReadException(line, "not an iCalendar feed: it does not begin with "
                            + "BEGIN:VCALENDAR", null);
                }
                begun = true;
                inCalendar = true;
                continue;
            }
            Scanned done = take(text, length, line);
            if (done != null) {
                return done;
            }
        }
        if (!open.isEmpty()) {
            Scanned outer = open.getLast();
            warn(outer.begin(), outer.name() + " is not closed before the end of the feed: skipped");
            open.clear();
        }
        return null;
    }

    private Scanned take(char[] text, int length, int line) {
        if (isBegin(text, length)) {
            begin(name(text, length), line);
            return null;
        }
        if (startsWith(text, length, "END:")) {
            return end(name(text, length), line);
        }
        ContentLine property = ContentLine.parse(line, text, length);
        if (property == null) {
            warn(line, "malformed content line skipped: " + Quoted.of(new String(text, 0, length)));
        } else if (!open.isEmpty()) {
            count(length, line);
            open.peek().properties().add(property);
        } else if (inCalendar) {
            calendar.add(property);
        } else {
            warn(line, "content line outside VCALENDAR skipped: " + Quoted.of(new String(text, 0, length)));
        }
        return null;
    }

    private void begin(String name, int line) {
        if (!inCalendar) {
            if (name.equals("VCALENDAR")) {
                inCalendar = true;
            } else {
                warn(line, name + " outside VCALENDAR skipped");
                open.push(new Scanned(name, line));
            }
            return;
        }
        if (open.isEmpty()) {
            characters = 0;
            components = 0;
        }
        if (++components > maxComponents) {
            throw new FeedReadException(line, "more than " + maxComponents + " components in one "
                    + (open.isEmpty() ? name : open.getLast().name()), null);
        }
        Scanned component = new Scanned(name, line);
        if (!open.isEmpty()) {
            open.peek().children().add(component);
        }
        open.push(component);
    }

    private Scanned end(String name, int line) {
        if (open.isEmpty()) {
            if (name.equals("VCALENDAR") && inCalendar) {
                inCalendar = false;
                calendarsEnded++;
            } else {
                warn(line, "END:" + name + " without its BEGIN skipped");
            }
            return null;
        }
        if (name.equals("VCALENDAR") && inCalendar) {
            Scanned outer = open.getLast();
            warn(outer.begin(), outer.name() + " is not closed before END:VCALENDAR on line " + line + ": skipped");
            open.clear();
            inCalendar = false;
            calendarsEnded++;
            return null;
        }
        if (open.stream().noneMatch(c -> c.name().equals(name))) {
            warn(line, "END:" + name + " inside " + open.peek().name() + " skipped");
            return null;
        }
        while (!open.peek().name().equals(name)) {
            Scanned unclosed = open.pop();
            warn(line, "END:" + name + " closes " + unclosed.name() + " of line " + unclosed.begin()
                    + ", which was not closed");
        }
        Scanned closed = open.pop();
        if (open.isEmpty() && inCalendar) {
            closed.characters(characters);
            return closed;
        }
        return null;
    }

    private void count(int length, int line) {
        characters += length;
        if (characters > maxCharacters) {
            throw new FeedReadException(line, "the " + open.getLast().name() + " of line " + open.getLast().begin()
                    + " is longer than " + maxCharacters + " characters", null);
        }
    }

    private void warn(int line, String message) {
        warnings.add(new FeedWarning(line, message));
    }

    private static boolean sameUpper(char[] text, int from, String known) {
        for (int i = 0; i < known.length(); i++) {
            if (Character.toUpperCase(text[from + i]) != known.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBegin(char[] text, int length) {
        return startsWith(text, length, "BEGIN:");
    }

    /** Whether the line starts with {@code prefix} (upper case ASCII), ignoring case. */
    private static boolean startsWith(char[] text, int length, String prefix) {
        if (length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            char c = text[i];
            if ((c >= 'a' && c <= 'z' ? (char) (c - 32) : c) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The component name after BEGIN: or END:, stripped and in upper case; the usual ones shared, not copied. */
    private static String name(char[] text, int length) {
        int from = 0;
        while (text[from] != ':') {
            from++;
        }
        from++;
        int to = length;
        while (from < to && Character.isWhitespace(text[from])) {
            from++;
        }
        while (to > from && Character.isWhitespace(text[to - 1])) {
            to--;
        }
        for (String known : COMPONENTS) {
            if (to - from == known.length() && sameUpper(text, from, known)) {
                return known;
            }
        }
        return new String(text, from, to - from).toUpperCase(Locale.ROOT);
    }
}
