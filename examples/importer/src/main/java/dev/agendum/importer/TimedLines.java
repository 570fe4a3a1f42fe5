package dev.agendum.importer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What makes a line a programme's timed line ({@link ProgrammeReader}): a time that opens it, maybe after an emoji or
 * a plain-text agenda's number, not one a wrapped sentence set there; and the lines under it that belong to it.
 */
final class TimedLines {

    private static final Pattern LEADING_TIME = Pattern.compile("^(\\d{1,2}[.:u]\\d{2}|\\d{1,2}\\s*(?:am|pm|uur|noon"
            + "|u(?![\\p{L}])))");   // "11u eucharistieviering": a Flemish hour

    private TimedLines() {
    }

    /**
     * "Op zaterdag spelen we van 9.00 tot" over "22.00 uur, op zondag …": a time that opens a line because a long
     * sentence was wrapped before it belongs to that sentence, not to a programme.
     */
    static boolean wrappedOnto(String input, List<Line> lines, int at) {
        return at > 0 && lines.get(at).kind() == Line.Kind.TEXT && HardWraps.wrapped(lines.get(at - 1))
                && longLastLine(input, lines.get(at - 1)) && !startsWithTime(afterSymbols(lines.get(at - 1)))
                && HardWraps.sameParagraph(input, lines.get(at - 1), lines.get(at))
                // "        and when. Speaker: A, Manager, Body" over "7.10pm   Repairs …": a time back at the margin
                // under an item's indented line opens the next item
                && indent(input, lines.get(at - 1)) <= indent(input, lines.get(at));
    }

    /** How far the input line a line ends on is set in from the margin. */
    private static int indent(String input, Line line) {
        int end = Math.min(input.length(), line.source().end());
        String whole = input.substring(input.lastIndexOf('\n', Math.max(0, end - 1)) + 1, end);
        return whole.length() - whole.stripLeading().length();
    }

    /**
     * Whether the input line a line ends on is long: a line read with the one a break cut a name from ({@link
     * HardWraps#cutsName}) ends where that short one does ("  Carla Beumer (Universiteit Utrecht)" over "12.15 Lunch").
     */
    private static boolean longLastLine(String input, Line line) {
        int end = Math.min(input.length(), line.source().end());
        return input.substring(input.lastIndexOf('\n', Math.max(0, end - 1)) + 1, end).strip().length()
                >= HardWraps.SENTENCE_WIDTH;
    }

    /** Emoji a post sets before a timed line ("🕘 9.00 uur start 60 km"), with their joiners and the space after. */
    private static final Pattern LEADING_EMOJI = Pattern.compile("^[\\p{So}\\p{Cs}][\\p{So}\\p{Sk}\\p{Cs}\\x{FE0F}"
            + "\\x{200D}]*\\s*(?=\\d)");

    /** A plain-text agenda's number before a time, " 3. 18:15  Secretary's report": the item's place, no hour. */
    private static final Pattern AGENDA_NUMBER = Pattern.compile("^\\d{1,2}[.)]\\s+(?=\\d{1,2}[.:u]\\d{2}(?!\\d))");

    /**
     * A timetable's word for a time it does not promise, before the time: "vanaf 16.00 uur   inloop", "rond 16.45
     * welkomstwoord", "ca. 17.00", "around 7.30pm", set apart from the words after it as a column is.
     */
    private static final Pattern ROUGHLY = Pattern.compile("(?iu)^(?:vanaf|rond|omstreeks|ca\\.|circa|from|around"
            + "|approx\\.?|c\\.)\\s+(?=\\d{1,2}(?:[.:u]\\d{2})?\\s*(?:uur|u|am|pm)?(?:\\s{2,}|\\t))");

    /**
     * The line after the emoji, agenda number or word for a rough time it opens with, when a time follows them; else
     * the line itself.
     */
    static Line afterSymbols(Line line) {
        if (line.kind() == Line.Kind.ROW) {
            return line;
        }
        Matcher emoji = LEADING_EMOJI.matcher(line.text());
        Matcher number = AGENDA_NUMBER.matcher(line.text());
        Matcher roughly = ROUGHLY.matcher(line.text());
        return emoji.lookingAt() ? line.sub(emoji.end(), line.text().length())
                : number.lookingAt() ? line.sub(number.end(), line.text().length())
                : roughly.lookingAt() ? line.sub(roughly.end(), line.text().length()) : line;
    }

    /** Whether a line opens with a time, as a programme line does ("19.30 Welkom", "11u eucharistieviering"). */
    static boolean startsWithTime(Line line) {
        return LEADING_TIME.matcher(line.text()).find() && !DateReader.times(line.text()).isEmpty()
                && DateReader.times(line.text()).get(0).start() == 0;
    }

    /**
     * A line under a timed line that belongs to it: a person with their affiliation, "Moderator: …", a cue and
     * people ("with A (…), B and C"), or a part of the item and who gives it ("Spoor A: …, door …").
     */
    static boolean isMemberLine(Line line) {
        String text = line.text();
        return text.length() < 200 && (NameFinder.startsAt(line, 0) || ItemCues.givenBy(line)
                || ItemReader.opensWithCue(line) || roleLabelled(text)
                // "and when. Speaker: Priya Nair, …": a wrapped title's end, then the item's labelled people
                || laterLabel(text).isPresent());
    }

    /** A role's label that opens a later sentence: "… and when. Speaker: …". */
    private static final Pattern LATER_LABEL = Pattern.compile("(?<=[.!?]\\s)(\\p{Lu}[\\p{L} ]{2,29}):\\s*\\S");

    /** Where a later sentence that opens with a role's label starts ("and when. Speaker: Priya Nair, …"), if one does. */
    static java.util.OptionalInt laterLabel(String text) {
        for (Matcher label = LATER_LABEL.matcher(text); label.find(); ) {
            if (Lexicon.role(label.group(1)).isPresent()) {
                return java.util.OptionalInt.of(label.start());
            }
        }
        return java.util.OptionalInt.empty();
    }

    /** Whether a text opens with a role's label and the people after it: "Moderator: Tariq Aziz". */
    static boolean roleLabelled(String text) {
        return text.matches("(?iu)^[\\p{L} ]{3,30}:\\s*\\S.*") && Lexicon.role(text.substring(0, text.indexOf(':'))).isPresent();
    }
}
