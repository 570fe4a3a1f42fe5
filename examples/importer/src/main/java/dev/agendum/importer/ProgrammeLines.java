package dev.agendum.importer;

import java.util.List;

/**
 * How a programme's lines and sentences are set, where {@link ProgrammeReader} needs more than a time at the start:
 * a timetable's line that opens with its day ("Mon 5 July  09:30  …"), and a sentence of prose that ends in a
 * number or a time ("… over Psalm 104. Om 20.10 uur …").
 */
final class ProgrammeLines {

    private ProgrammeLines() {
    }

    /**
     * "… over Psalm 104. Om 20.10 uur …", "We starten om 19u30. Eerst …": a number or time that ends a sentence of
     * several words, the next starting with a capital, is no list number ("1. Opening"): the sentence ends there.
     */
    static boolean numberEndsSentence(String text, int sentenceStart, int dot) {
        int digits = dot;
        while (digits > sentenceStart && !Character.isWhitespace(text.charAt(digits - 1))) {
            digits--;   // the whole token: "104", "19u30", "20.00"
        }
        return digits > sentenceStart && dot + 2 < text.length()
                && Character.isUpperCase(text.charAt(dot + 2))
                && text.substring(sentenceStart, digits).strip().split("\\s+").length >= 2;
    }

    /**
     * Where the time starts in a timetable's line that opens with a day, set apart by a column's gap, and then a
     * time ("Mon 5 July  09:30  Welcome …"); -1 if not. A date with a year or a comma before the time ("Thursday 11
     * March 2027, 19:45", "zondag 14 februari, 10.00 uur – …") is an event's or a list's date, no timetable's.
     */
    static int timeAfterDay(Line line) {
        String text = line.text();
        List<DateReader.DateMention> dates = DateReader.dates(text);
        if (dates.isEmpty() || dates.get(0).start() > 4 || dates.get(0).year().isPresent()) {
            return -1;
        }
        int at = dates.get(0).end();
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at++;
        }
        if (at - dates.get(0).end() < 2) {
            return -1;
        }
        List<DateReader.TimeMention> times = DateReader.times(text.substring(at));
        return at < text.length() && Character.isDigit(text.charAt(at)) && !times.isEmpty()
                && times.get(0).start() == 0 ? at : -1;
    }
}
